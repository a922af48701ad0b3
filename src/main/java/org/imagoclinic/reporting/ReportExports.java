package org.imagoclinic.reporting;

/**
 * The outcomes and engagement reports as files. Access as for {@link Reports#outcomes} and
 * {@link Reports#engagement}; every export is audited.
 * No names appear, except in the per-couple list, which only supervisors and therapists get, each
 * for the couples they may open under the care-team rule.
 */
public interface ReportExports {

    /** CSV: the figures, the filters, the norms; with {@code perCouple}, also one line per couple. */
    byte[] outcomesCsv(ReportFilter filter, boolean perCouple);

    /** PDF for a supervisors' meeting: charts, tables, filters, norms and the date. */
    byte[] outcomesPdf(ReportFilter filter);

    /** CSV: the engagement figures one a line, with and without a reminder sent, the months and the waitlist. */
    byte[] engagementCsv(ReportFilter filter);
}
