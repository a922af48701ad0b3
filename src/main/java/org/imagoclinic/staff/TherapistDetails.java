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
 * @param npi the US National Provider Identifier (ten digits, the last a Luhn check digit over the prefix
 *        80840), printed on superbills; null outside the US or while they have none
 * @param calendarColour their colour in the calendar, {@code #rrggbb}
 * @param underSupervision whether they practise under a supervisor (only then may one be assigned)
 */
public record TherapistDetails(
        @NotBlank(message = "Enter the credentials, e.g. \"LMFT, Certified Imago Therapist\".")
        @Size(max = 200, message = "Keep the credentials under 200 characters.")
        String credentials,
        @Size(max = 50, message = "Keep the licence number under 50 characters.")
        @Nullable String licenceNumber,
        @Pattern(regexp = "[0-9]{10}", message = "An NPI has ten digits, e.g. 1234567893.")
        @Nullable String npi,
        @NotNull(message = "Choose a discipline.")
        Discipline discipline,
        @NotNull(message = "Choose a calendar colour.")
        @Pattern(regexp = "#[0-9a-f]{6}", message = "Give the colour as # and six hexadecimal digits, e.g. #2e7d32.")
        String calendarColour,
        boolean underSupervision) {

    public TherapistDetails {
        credentials = credentials == null ? null : credentials.strip();
        licenceNumber = licenceNumber == null || licenceNumber.isBlank() ? null : licenceNumber.strip();
        npi = npi == null || npi.isBlank() ? null : npi.strip();
        calendarColour = calendarColour == null ? null : calendarColour.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether ten digits make an NPI: the last digit is the Luhn check digit of the first nine with the
     * card-issuer prefix 80840 before them (CMS, "Requirements for NPI check digit").
     */
    public static boolean npiCheckDigitRight(String npi) {
        if (!npi.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 24; // the prefix 80840's contribution to the Luhn sum
        for (int i = 0; i < 9; i++) {
            int digit = npi.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == npi.charAt(9) - '0';
    }
}
