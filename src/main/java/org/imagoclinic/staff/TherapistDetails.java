package org.imagoclinic.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a therapist (anyone with the THERAPIST or SUPERVISOR role) has beyond a directory entry.
 * Blank text becomes null and the colour lower case when the record is made.
 *
 * @param credentials how they sign, e.g. "LMFT, Certified Imago Therapist"
 * @param licenceNumber the licence number; null while they have none (e.g. an associate under supervision)
 * @param calendarColour their colour in the calendar, {@code #rrggbb}
 * @param underSupervision whether they practise under a supervisor (only then may one be assigned)
 */
public record TherapistDetails(
        @NotBlank(message = "Enter the credentials, e.g. \"LMFT, Certified Imago Therapist\".")
        @Size(max = 200, message = "Keep the credentials under 200 characters.")
        String credentials,
        @Size(max = 50, message = "Keep the licence number under 50 characters.")
        @Nullable String licenceNumber,
        @NotNull(message = "Choose a discipline.")
        Discipline discipline,
        @NotNull(message = "Choose a calendar colour.")
        @Pattern(regexp = "#[0-9a-f]{6}", message = "Give the colour as # and six hexadecimal digits, e.g. #2e7d32.")
        String calendarColour,
        boolean underSupervision) {

    public TherapistDetails {
        credentials = credentials == null ? null : credentials.strip();
        licenceNumber = licenceNumber == null || licenceNumber.isBlank() ? null : licenceNumber.strip();
        calendarColour = calendarColour == null ? null : calendarColour.strip().toLowerCase(Locale.ROOT);
    }
}
