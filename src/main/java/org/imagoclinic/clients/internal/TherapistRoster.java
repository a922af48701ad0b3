package org.imagoclinic.clients.internal;

import java.util.List;
import java.util.UUID;

/**
 * Who may be assigned as a therapist, and the name to show for a staff id. The staff directory
 * owns both facts; {@link StaffTherapistRoster} asks it.
 */
public interface TherapistRoster {

    /**
     * Refuses a staff id that is not an active therapist or supervisor.
     *
     * @param field the input field to name in the refusal, e.g. {@code primaryTherapistId}
     * @throws org.imagoclinic.shared.InvalidInputException when it is not
     */
    void checkAssignable(UUID staffId, String field);

    /** The therapists and supervisors who may be assigned, by name. */
    List<Therapist> assignable();

    /** The name to show for a staff id. */
    String nameOf(UUID staffId);

    /** A therapist as a picker shows them. */
    record Therapist(UUID staffId, String name) {
    }
}
