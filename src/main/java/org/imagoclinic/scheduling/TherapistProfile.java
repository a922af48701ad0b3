package org.imagoclinic.scheduling;

import java.util.UUID;

/**
 * A therapist as the calendar shows them.
 *
 * @param staffId the staff directory's id
 * @param name e.g. "Dr Daniel Lee"
 * @param colour their calendar colour, {@code #rrggbb}
 */
public record TherapistProfile(UUID staffId, String name, String colour) {
}
