package org.imagoclinic.scheduling;

/**
 * What kind of session an appointment is, with its usual length. Joint kinds hold both partners of
 * a couple; an individual session holds one partner; a workshop holds every couple enrolled in it.
 */
public enum AppointmentKind {
    INTAKE("Intake session", 90, Attendance.COUPLE),
    JOINT("Couple session", 90, Attendance.COUPLE),
    INDIVIDUAL("Individual session", 50, Attendance.PARTNER),
    HALF_DAY_INTENSIVE("Half-day intensive", 240, Attendance.COUPLE),
    FULL_DAY_INTENSIVE("Full-day intensive", 480, Attendance.COUPLE),
    WORKSHOP("Workshop", 480, Attendance.GROUP);

    /** Who attends. */
    public enum Attendance {
        /** Both partners of one couple. */
        COUPLE,
        /** One partner of a couple. */
        PARTNER,
        /** The couples enrolled, up to the workshop's capacity. */
        GROUP
    }

    private final String label;
    private final int defaultMinutes;
    private final Attendance attendance;

    AppointmentKind(String label, int defaultMinutes, Attendance attendance) {
        this.label = label;
        this.defaultMinutes = defaultMinutes;
        this.attendance = attendance;
    }

    public String label() {
        return label;
    }

    /** The usual length in minutes, used when a booking gives neither an end nor a duration. */
    public int defaultMinutes() {
        return defaultMinutes;
    }

    public Attendance attendance() {
        return attendance;
    }

    /** Whether both partners attend together (everything but an individual session). */
    public boolean joint() {
        return attendance != Attendance.PARTNER;
    }
}
