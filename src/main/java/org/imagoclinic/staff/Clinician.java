package org.imagoclinic.staff;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A therapist or supervisor as other modules show them: no contact details, so any module, view or
 * background listener may hold one.
 *
 * @param id their staff id
 * @param displayName the name colleagues see, e.g. "Dr Helen Okafor"
 * @param calendarColour their colour in the calendar ({@code #rrggbb}), null when none is set
 */
public record Clinician(UUID id, String displayName, @Nullable String calendarColour) {
}
