package org.imagoclinic.billing;

import org.jspecify.annotations.Nullable;

/**
 * The clinic's choice to email last month's statements by itself (ADR 0047): when it is on, on the
 * chosen day of each month (by the clinic clock) every partner who reads a statement of a couple with
 * a movement in the previous month or money owed gets that month's statement, by the same rules as
 * one the front desk sends, and each couple's month goes once only.
 */
public interface MonthlyStatements {

    /** The choice as it stands: off, on the 1st, until an administrator changes it. Administrators. */
    MonthlySending current();

    /**
     * Turns the monthly sending on or off and sets its day; administrators only, audited. The first
     * sending is on the first chosen day after the change.
     *
     * @param enabled whether statements go by themselves
     * @param dayOfMonth 1 to 28, so that every month has it
     * @throws org.imagoclinic.shared.InvalidInputException when either is missing, or for a day outside 1–28
     */
    MonthlySending change(@Nullable Boolean enabled, @Nullable Integer dayOfMonth);

    /**
     * What the daily task does, by the clinic clock: on or after the chosen day, asks for last month's
     * statements of the couples not yet sent them. Needs nobody signed in; a second call, run or
     * instance sends nothing again.
     *
     * @return the couples whose statements were asked for in this call
     */
    int sendDue();
}
