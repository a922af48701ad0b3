package org.imagoclinic.scheduling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What would stand in a booking's way, found before saving: clashes and broken rules, in plain
 * words. Saving may still fail if someone books the same time in between.
 *
 * @param ruleProblems e.g. "Dr Lee doesn't work on Sundays." or the couple's screening hold
 * @param overridable whether every rule problem is about working hours or time off, which the
 *                    front desk and administrators may override with a reason
 * @param skipped the days a series leaves out because the clinic is closed (a series with a number of
 *                sessions runs on past them to keep the number)
 * @param closure the closure a single session falls on; it is booked only when asked to book it anyway
 */
public record BookingCheck(List<Clash> clashes, List<String> ruleProblems, boolean overridable,
                           List<SkippedDay> skipped, @Nullable ClosureDay closure) {

    /** Whether nothing stands in the way (days a series skips do not). */
    public boolean clear() {
        return clashes.isEmpty() && ruleProblems.isEmpty() && closure == null;
    }
}
