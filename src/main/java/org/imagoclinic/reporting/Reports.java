package org.imagoclinic.reporting;

import java.util.UUID;

/**
 * Reports from reporting's read models, which are fed only by the other modules' events (ADR 0015).
 * Access is checked here: supervisors and administrators see the clinic and any team; a therapist
 * sees their own caseload only (a filter on anyone else is refused); the front desk sees engagement
 * only. Refusals are {@link org.imagoclinic.shared.ExplainedRefusal}s; a bad filter is an
 * {@link org.imagoclinic.shared.InvalidInputException}.
 */
public interface Reports {

    OutcomesReport outcomes(ReportFilter filter);

    /**
     * Whether the signed-in person may filter by presenting concern and life stage: therapists and
     * supervisors only. For anyone else a report with either filter is refused as invalid input.
     */
    boolean offersClinicalFilters();

    EngagementReport engagement(ReportFilter filter);

    PracticeReport practice(ReportFilter filter);

    /** One couple's progress; the care-team rule applies and the read is audited. */
    CoupleProgress progress(UUID coupleId);

    /**
     * Replays every archived event publication into fresh tables and swaps them in; administrators only, audited.
     *
     * @return how many distinct events were replayed
     */
    int rebuild();
}
