package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * Reading the calendar. Times and attendance are not clinical content: everyone who works at the
 * clinic may read them (front desk, therapists, supervisors, administrators).
 */
public interface Appointments {

    /** One appointment; {@link org.imagoclinic.shared.NotFoundException} when there is none. */
    Appointment get(UUID appointmentId);

    /**
     * The appointments that overlap the query's days, by start. A therapist's week reads only the
     * index entries of that therapist and week, however many appointments the clinic has.
     */
    List<Appointment> find(AppointmentQuery query);

    /** The couple's scheduled sessions from now on (workshops they are enrolled in included), by start. */
    List<Appointment> upcomingOf(UUID coupleId);

    /**
     * Every session of the couple that was completed (workshops they attended included), oldest first,
     * however long ago: for a copy of a partner's or the couple's record (ADR 0040). Individual
     * sessions of both partners are in it; the caller keeps the ones the copy may show.
     */
    List<Appointment> completedOf(UUID coupleId);

    /** Every move of an appointment, oldest first. */
    List<Move> movesOf(UUID appointmentId);
}
