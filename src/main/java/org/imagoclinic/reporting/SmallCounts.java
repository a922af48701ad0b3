package org.imagoclinic.reporting;

import org.jspecify.annotations.Nullable;

/**
 * How a report shows a count below 5 to someone without a clinical role (the front desk, an
 * administrator who is not a therapist or supervisor), ADR 0044. Clinicians see every count exactly.
 * <p>
 * For such a reader every report figure that is a count from 1 to 4 is suppressed: in the report
 * records and their JSON it is {@code null} and the report says {@code "smallCountsSuppressed": true};
 * 0 is shown as 0. So that a suppressed count can't be worked back, a total whose parts hold exactly
 * one suppressed count is suppressed too (or a second part that is 0), and every rate, share, mean,
 * interval or control limit computed from a suppressed count, or with a suppressed count as its n, is
 * {@code null}. On pages and in the PDF a suppressed count reads "fewer than 5", in CSV "&lt;5"; a
 * suppressed total reads "hidden" (it may be 5 or more); a suppressed rate reads as a figure that can't
 * be given.
 */
public final class SmallCounts {

    /** Counts from 1 to {@code BELOW - 1} are suppressed. */
    public static final int BELOW = 5;
    public static final String IN_WORDS = "fewer than 5";
    public static final String IN_CSV = "<5";
    public static final String HIDDEN = "hidden";

    /** How the REST API describes the representation (OpenAPI). */
    public static final String API_NOTE = "For a reader without a clinical role (front desk, an administrator who is "
            + "not a therapist or supervisor) smallCountsSuppressed is true and every count from 1 to 4 is null "
            + "(\"fewer than 5\"; 0 stays 0); a total that would give back such a count, and every rate, share, mean, "
            + "interval or limit computed from one or over one, is null as well. Clinicians get exact figures.";

    private SmallCounts() {
    }

    /** Whether an exact count is one that is suppressed for a reader without a clinical role. */
    public static boolean small(int count) {
        return count > 0 && count < BELOW;
    }

    /** A count as a page or the PDF shows it: the number, or "fewer than 5" when suppressed. */
    public static String inWords(@Nullable Integer count) {
        return count == null ? IN_WORDS : String.valueOf(count);
    }

    /**
     * A total (a count that is the sum of other figures shown) as a page, the PDF or a CSV cell shows it:
     * the number, or "hidden" when suppressed, since it may be 5 or more.
     */
    public static String total(@Nullable Integer total) {
        return total == null ? HIDDEN : String.valueOf(total);
    }

    /** A count as a CSV cell holds it: the number, or "&lt;5" when suppressed. */
    public static String inCsv(@Nullable Integer count) {
        return count == null ? IN_CSV : String.valueOf(count);
    }
}
