package org.imagoclinic.scheduling;

/** Where an appointment is in its life: scheduled → checked in → completed, or cancelled, or no-show. */
public enum AppointmentStatus {
    SCHEDULED("Scheduled"),
    CHECKED_IN("Checked in"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled"),
    NO_SHOW("No-show");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the appointment still holds its therapist, room and partners (everything but cancelled). */
    public boolean holdsItsTime() {
        return this != CANCELLED;
    }
}
