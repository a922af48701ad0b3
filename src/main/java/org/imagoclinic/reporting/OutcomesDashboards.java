package org.imagoclinic.reporting;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The supervisors' outcomes dashboard (ADR 0039), from reporting's read models and the outcomes
 * report's classes. Supervisors and administrators see it; only clinicians (supervisors, and
 * therapists) may list the couples behind a figure, each only the couples they may open, and every
 * such list is audited. Refusals are {@link org.imagoclinic.shared.ExplainedRefusal}s; a bad filter
 * is an {@link org.imagoclinic.shared.InvalidInputException}.
 */
public interface OutcomesDashboards {

    OutcomesDashboard dashboard(ReportFilter filter);

    /**
     * The couples behind one figure of one row of the dashboard with this filter.
     *
     * @param therapistId the row's primary therapist; null for the clinic's row
     */
    CouplesBehind couplesBehind(ReportFilter filter, @Nullable UUID therapistId, DashboardFigure figure);
}
