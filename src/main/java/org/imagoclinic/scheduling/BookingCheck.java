package org.imagoclinic.scheduling;

import java.util.List;

/**
 * What would stand in a booking's way, found before saving: clashes and broken rules, in plain
 * words. Saving may still fail if someone books the same time in between.
 *
 * @param ruleProblems e.g. "Dr Lee doesn't work on Sundays." or the couple's screening hold
 * @param overridable whether every rule problem is about working hours or time off, which the
 *                    front desk and administrators may override with a reason
 */
public record BookingCheck(List<Clash> clashes, List<String> ruleProblems, boolean overridable) {

    /** Whether nothing stands in the way. */
    public boolean clear() {
        return clashes.isEmpty() && ruleProblems.isEmpty();
    }
}
