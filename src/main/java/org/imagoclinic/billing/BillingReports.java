package org.imagoclinic.billing;

/**
 * The clinic's billing figures. Front desk, administrators and supervisors; no couple is named, so
 * the report itself is audited as one read.
 */
public interface BillingReports {

    /** The year's figures month by month and per therapist. */
    BillingReport year(int year);

    /** The same figures as CSV for the accountant: one line per month, then one per therapist. */
    String csv(int year);
}
