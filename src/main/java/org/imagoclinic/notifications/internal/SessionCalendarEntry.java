package org.imagoclinic.notifications.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The {@code .ics} a booked or moved session's email carries, for the partner's own calendar: the
 * clinic's name, the time (UTC, shown in the reader's zone) and the place; nothing clinical. The same
 * UID for every message about one session, with a growing sequence, so a move updates the entry.
 */
final class SessionCalendarEntry {

    private SessionCalendarEntry() {
    }

    static String write(UUID appointmentId, String clinicName, Instant start, Instant end, String place, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Imago Clinic//Notifications//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        VEvent event = new VEvent(start, end, "Appointment at " + clinicName);
        event.add(new Uid(appointmentId + "@imagoclinic.org"));
        event.replace(new DtStamp(now));
        event.add(new Location(place));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, now.getEpochSecond() / 60)));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The session's calendar entry is not valid iCalendar", e);
        }
        return out.toString();
    }
}
