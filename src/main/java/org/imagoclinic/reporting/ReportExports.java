package org.imagoclinic.reporting;

/**
 * The outcomes, engagement and practice reports as files. Access as for {@link Reports#outcomes},
 * {@link Reports#engagement} and {@link Reports#practice}; every export is audited.
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

    /** CSV: the practice figures one a line, then each couple's home practice per week beside their change. */
    byte[] practiceCsv(ReportFilter filter);

    /** PDF: the practice figures and the table of each couple's home practice per week beside their change. */
    byte[] practicePdf(ReportFilter filter);
}
