package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The days the whole clinic is closed (holidays). Everyone at the clinic reads them (the calendar
 * shades them); administrators add and remove them. A closure never overlaps another; one that has
 * ended is kept for the record and cannot be removed. Adding and removing are audited.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} per field (the name, days that are
 * not plausible or out of order, or an overlap with another closure, which is named);
 * {@link org.imagoclinic.shared.ConflictException} for removing a past closure;
 * {@link org.imagoclinic.shared.NotFoundException} for an unknown one;
 * {@link org.springframework.security.access.AccessDeniedException} when the role does not allow it.
 */
public interface ClosureDays {

    /** Every closure: those not yet over first, soonest first, then past ones, latest first. */
    List<ClosureDay> list();

    /** The closures that touch the days {@code from} to {@code to} (both included), by first day. */
    List<ClosureDay> between(LocalDate from, LocalDate to);

    /** Adds a closure, and lists the sessions already booked on its days for the front desk to move. */
    ClosureAdded add(NewClosureDay closure);

    /** Removes a closure that has not ended yet. */
    void remove(UUID id);
}
