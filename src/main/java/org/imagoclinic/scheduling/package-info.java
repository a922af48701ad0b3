/**
 * Sessions for couples, never double-booked: locations and rooms, therapists' working hours and
 * time off, appointments (joint, individual, intensives, workshops; in a room or by telehealth) with
 * recurring series and move history, attendance, the waitlist and each therapist's iCalendar feed.
 * Owns schema {@code scheduling}, where PostgreSQL's exclusion constraints keep a therapist, a room
 * and each partner from being in two places at once (ADR 0011). Publishes the {@code Session*}
 * events ({@code SessionScheduled}, {@code SessionRescheduled}, {@code SessionCancelled},
 * {@code SessionCheckedIn}, {@code SessionCheckInUndone}, {@code SessionCompleted}, {@code SessionMissed}), the waitlist's
 * {@code CoupleWaitlisted} and {@code CoupleLeftWaitlist} (with a {@code WaitlistExit} reason), and cancels a couple's future sessions when their episode of care closes.
 *
 * <p>Its API: {@link org.imagoclinic.scheduling.Bookings} (check, book, move, cancel, enrol),
 * {@link org.imagoclinic.scheduling.Attendance} (check in, undo a check-in, completed, no-show),
 * {@link org.imagoclinic.scheduling.Appointments} (the calendar), {@link org.imagoclinic.scheduling.Rooms},
 * {@link org.imagoclinic.scheduling.TherapistAvailability}, {@link org.imagoclinic.scheduling.Waitlist} (with the
 * free slots that suit a waiting couple), {@link org.imagoclinic.scheduling.BookingRules} (the administrator's
 * rules, ADR 0051), {@link org.imagoclinic.scheduling.CalendarFeeds} and
 * {@link org.imagoclinic.scheduling.TherapistProfiles}. Its front-desk home panel lists today's sessions,
 * arrivals and the couples waiting.
 *
 * <p>It depends on the shared kernel (exceptions, the shell's calendar component), on clients, which
 * it asks whether a couple may be booked and whose {@code EpisodeClosed} it listens to, and whose
 * couple page it adds a "Sessions" tab to; on security, for who is signed in, the roles and the
 * care-team rule; on audit, where every change is written; and on staff, whose directory says who
 * is an active therapist, with the name and calendar colour to show ({@code TherapistProfiles}).
 */
@ApplicationModule(displayName = "Scheduling", allowedDependencies = {"shared", "shared :: components", "shared :: home", "clients",
        "clients :: couple-tabs", "staff", "security", "audit"})
@NullMarked
package org.imagoclinic.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
