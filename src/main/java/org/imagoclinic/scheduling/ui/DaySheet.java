package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.shared.ui.components.ClinicFormat;

/**
 * One day of the whole clinic with a column per therapist, side by side, so that each session has
 * the width of a column instead of a sliver of one day ("Coup sess Blan…"). Built from plain
 * elements: FullCalendar's own resource views are premium-licensed. A session is a button that opens
 * its details; a click on an empty part of a therapist's column books that therapist at that time.
 */
class DaySheet extends Div {

    /** The height of an hour, in pixels: a 50-minute session is tall enough for two lines. */
    static final int HOUR_HEIGHT = 64;
    private static final int SNAP_MINUTES = 15;

    private final Consumer<UUID> openSession;
    private final BiConsumer<TherapistProfile, LocalDateTime> book;

    DaySheet(Consumer<UUID> openSession, BiConsumer<TherapistProfile, LocalDateTime> book) {
        this.openSession = openSession;
        this.book = book;
        setId("day-sheet");
        addClassName("day-sheet");
        setWidthFull();
    }

    /** Shows {@code day} from {@code firstHour} to {@code lastHour} with a column for each therapist. */
    void show(LocalDate day, int firstHour, int lastHour, List<TherapistProfile> therapists, List<Appointment> shown) {
        removeAll();
        getStyle().set("--day-sheet-columns", String.valueOf(therapists.size()));
        getElement().setAttribute("aria-label", "Sessions on " + ClinicFormat.DAY_WITH_WEEKDAY.format(day)
                + ", a column per therapist");
        add(corner());
        therapists.forEach(therapist -> add(heading(therapist)));
        add(hours(firstHour, lastHour));
        for (TherapistProfile therapist : therapists) {
            add(column(day, firstHour, lastHour, therapist,
                    shown.stream().filter(appointment -> appointment.hasTherapist(therapist.staffId())).toList()));
        }
    }

    private static Div corner() {
        Div corner = new Div();
        corner.addClassName("day-sheet-corner");
        return corner;
    }

    private static Div heading(TherapistProfile therapist) {
        Div heading = new Div(new Span(therapist.name()));
        heading.addClassName("day-sheet-heading");
        heading.getStyle().set("border-bottom-color", therapist.colour());
        return heading;
    }

    private static Div hours(int firstHour, int lastHour) {
        Div hours = new Div();
        hours.addClassName("day-sheet-hours");
        for (int hour = firstHour; hour < lastHour; hour++) {
            Div label = new Div(ClinicFormat.TIME.format(LocalTime.of(hour, 0)));
            label.addClassName("day-sheet-hour");
            hours.add(label);
        }
        hours.setHeight((lastHour - firstHour) * HOUR_HEIGHT + "px");
        return hours;
    }

    private Div column(LocalDate day, int firstHour, int lastHour, TherapistProfile therapist,
                       List<Appointment> sessions) {
        Div column = new Div();
        column.addClassName("day-sheet-column");
        column.setHeight((lastHour - firstHour) * HOUR_HEIGHT + "px");
        column.getElement().setAttribute("data-therapist", therapist.staffId().toString());
        DomListenerRegistration click = column.getElement().addEventListener("click", event -> {
            int minutes = event.getEventData().get("event.offsetY").asInt() * 60 / HOUR_HEIGHT;
            int snapped = minutes - minutes % SNAP_MINUTES;
            book.accept(therapist, day.atTime(firstHour, 0).plusMinutes(snapped));
        });
        click.addEventData("event.offsetY");
        // only a click on the column itself, not on a session in it
        click.setFilter("event.target === element");
        for (Appointment session : sessions) {
            column.add(session(session, day, firstHour, therapist));
        }
        return column;
    }

    private NativeButton session(Appointment appointment, LocalDate day, int firstHour, TherapistProfile therapist) {
        LocalDateTime top = day.atTime(firstHour, 0);
        LocalDateTime start = appointment.start().isBefore(top) ? top : appointment.start();
        long fromTop = Duration.between(top, start).toMinutes();
        long length = Math.max(SNAP_MINUTES, Duration.between(start, appointment.end()).toMinutes());
        String status = appointment.status() == AppointmentStatus.SCHEDULED ? "" : " (" + appointment.status().label() + ")";
        NativeButton session = new NativeButton();
        Span who = new Span(appointment.coupleName() + status);
        who.addClassName("day-sheet-couple");
        Span what = new Span(ClinicFormat.TIME.format(appointment.start()) + "–" + ClinicFormat.TIME.format(appointment.end())
                + " · " + appointment.kind().label());
        session.add(who, what);
        session.addClassName("day-sheet-session");
        if (appointment.status() != AppointmentStatus.SCHEDULED) {
            session.addClassName("day-sheet-session-ended");
        }
        session.setId("day-sheet-" + appointment.id() + "-" + therapist.staffId());
        session.getStyle().set("top", fromTop * HOUR_HEIGHT / 60 + "px").set("height", length * HOUR_HEIGHT / 60 + "px")
                .set("border-inline-start-color", therapist.colour());
        session.addClickListener(click -> openSession.accept(appointment.id()));
        return session;
    }
}
