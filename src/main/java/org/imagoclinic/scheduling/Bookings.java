package org.imagoclinic.scheduling;

import java.util.UUID;

/**
 * Booking, moving and cancelling sessions, never double-booked: PostgreSQL itself refuses a
 * therapist, room or partner in two overlapping appointments that are not cancelled, however many
 * bookings arrive at once.
 *
 * <p>Who may (ADR 0011): the front desk and administrators book and change any appointment;
 * therapists and supervisors book and change their own (where they are lead or co-therapist).
 * Only the front desk and administrators override working hours or time off, with a reason that
 * is audited. Every change is audited in the same transaction.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} per field;
 * {@link org.imagoclinic.shared.BusinessRuleException} for a rule (working hours, time off, the
 * couple's screening hold, no open episode, room capacity); {@link ClashException} for a clash;
 * {@link org.imagoclinic.shared.ConflictException} for a step the appointment's state forbids;
 * {@link org.imagoclinic.shared.NotFoundException} for an unknown appointment, couple or room;
 * {@link org.springframework.security.access.AccessDeniedException} when the role does not allow it.
 */
public interface Bookings {

    /** What would stand in the way of this booking: clashes and broken rules, without saving anything. */
    BookingCheck check(BookingRequest request);

    /**
     * Books one session or a series (all or nothing); publishes {@link SessionScheduled} for each
     * session with a couple.
     */
    Booking book(BookingRequest request);

    /** Moves an appointment (and with {@code thisAndFollowing} the rest of its series); publishes {@link SessionRescheduled}. */
    Booking reschedule(UUID appointmentId, Reschedule reschedule);

    /**
     * Cancels an appointment (and with {@code thisAndFollowing} the rest of its series), releasing its
     * time; late when inside the clinic's notice window. Publishes {@link SessionCancelled}.
     */
    Booking cancel(UUID appointmentId, Cancellation cancellation);

    /** Whether cancelling this session now would be late, with the notice given and asked, to show first. */
    CancellationNotice cancellationNotice(UUID appointmentId);

    /**
     * Enrols a couple in a workshop: both partners are then held for its time. Refused when it is full
     * or the couple may not be booked; publishes {@link SessionScheduled} for the couple.
     */
    Appointment enrol(UUID workshopId, UUID coupleId);

    /** Takes a couple off a workshop's list, releasing the partners; publishes {@link SessionCancelled}. */
    Appointment withdraw(UUID workshopId, UUID coupleId, CancelledBy by, String reason);
}
