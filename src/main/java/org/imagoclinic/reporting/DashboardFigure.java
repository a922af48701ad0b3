package org.imagoclinic.reporting;

/** A figure of the outcomes dashboard whose couples a clinician can list ({@link OutcomesDashboards#couplesBehind}). */
public enum DashboardFigure {
    /** Partners recovered or improved, of the partners classified. */
    PARTNERS_IMPROVED("Partners recovered or improved"),
    /** Couples with at least one partner improved and none deteriorated, of the couples classified. */
    COUPLES_IMPROVED("Couples improved"),
    /** Partners deteriorated, of the partners classified. */
    PARTNERS_DETERIORATED("Partners deteriorated"),
    /** Episodes ended in the period as dropped out early, of the episodes ended in it. */
    DROP_OUT("Drop-out"),
    /** Sessions attended, of the sessions due in the period. */
    ATTENDANCE("Attendance");

    private final String label;

    DashboardFigure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
