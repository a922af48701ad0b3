package org.imagoclinic.scheduling.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.imagoclinic.scheduling.AppointmentKind;

/**
 * Writes appointments as an iCalendar document with ical4j. Nothing clinical goes in: the summary is
 * the kind of session and the couple's initials ("Couple session · AS &amp; SJ"), the location is a
 * room or "Telehealth"; no names, no notes, no meeting link. Times are UTC instants, so no time-zone
 * definitions are needed and every calendar app shows them in its own zone.
 */
final class ICalendarWriter {

    private ICalendarWriter() {
    }

    /** An event of the feed. */
    record FeedEvent(UUID appointmentId, AppointmentKind kind, String initials, Instant start, Instant end,
                     String place) {
    }

    static String write(String calendarName, List<FeedEvent> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Imago Clinic//Scheduling//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        for (FeedEvent event : events) {
            VEvent vevent = new VEvent(event.start(), event.end(), summary(event));
            vevent.add(new Uid(event.appointmentId() + "@imagoclinic.org"));
            // the event comes with a DTSTAMP of the machine's clock; RFC 5545 allows one, the clinic's
            vevent.replace(new DtStamp(now));
            vevent.add(new Location(event.place()));
            calendar.add(vevent);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar feed is not valid iCalendar", e);
        }
        return out.toString();
    }

    private static String summary(FeedEvent event) {
        String kind = event.kind() == AppointmentKind.JOINT ? "Couple session" : event.kind().label();
        return event.initials().isEmpty() ? kind : kind + " · " + event.initials();
    }

    /** "AS &amp; SJ" from the partners' names, e.g. "Alex Smith" and "Sam Jones". */
    static String initials(List<String> names) {
        return String.join(" & ", names.stream().map(ICalendarWriter::initialsOf).toList());
    }

    private static String initialsOf(String name) {
        StringBuilder letters = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                letters.append(part.substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        return letters.toString();
    }
}
