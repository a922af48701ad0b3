package org.imagoclinic.demo;

import java.time.LocalDateTime;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentKind;
import org.jspecify.annotations.Nullable;

/**
 * A planned session of a demo couple (clinic wall-clock times) and what became of it; the appointment
 * id is known once the timeline has booked it.
 */
public final class DemoSession {

    /** What became of the session. */
    public enum Outcome {
        /** Still to come. */
        SCHEDULED,
        COMPLETED,
        NO_SHOW,
        /** Cancelled by the couple inside the notice window. */
        LATE_CANCELLED,
        /** Cancelled by the couple in good time. */
        CANCELLED,
        /** Cancelled by the clinic because the couple's care paused or ended. */
        CALLED_OFF
    }

    private final AppointmentKind kind;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private Outcome outcome;
    private @Nullable UUID appointmentId;

    public DemoSession(AppointmentKind kind, LocalDateTime start, LocalDateTime end, Outcome outcome) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.outcome = outcome;
    }

    public AppointmentKind kind() {
        return kind;
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return end;
    }

    public Outcome outcome() {
        return outcome;
    }

    public void outcome(Outcome newOutcome) {
        this.outcome = newOutcome;
    }

    /** Whether it took place (completed). */
    public boolean held() {
        return outcome == Outcome.COMPLETED;
    }

    public @Nullable UUID appointmentId() {
        return appointmentId;
    }

    public void booked(UUID id) {
        this.appointmentId = id;
    }
}
