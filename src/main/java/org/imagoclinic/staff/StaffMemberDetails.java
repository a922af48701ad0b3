package org.imagoclinic.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to add or change a staff member. Text is trimmed and blank
 * optional text becomes null when the record is made; {@link StaffDirectory} checks the rest and
 * answers with a message per field.
 *
 * @param title how colleagues address them before the name, e.g. "Dr"; null for none
 * @param roles zero or more of {@link org.imagoclinic.security.Roles}; someone with a role gets a sign-in account
 * @param username the user name of their sign-in account when one is created; null for one derived
 *                 from the name. Ignored once they have an account (user names never change).
 * @param therapist required when the roles include THERAPIST or SUPERVISOR, ignored otherwise
 */
public record StaffMemberDetails(
        @Size(max = 20, message = "Keep the title under 20 characters, e.g. \"Dr\".")
        @Nullable String title,
        @NotBlank(message = "Enter the first name.")
        @Size(max = 100, message = "Keep the first name under 100 characters.")
        String firstName,
        @NotBlank(message = "Enter the last name.")
        @Size(max = 100, message = "Keep the last name under 100 characters.")
        String lastName,
        @NotBlank(message = "Enter an email address.")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter a valid email address, e.g. name@clinic.org.")
        @Size(max = 254, message = "Keep the email address under 254 characters.")
        String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{4,30}", message = "Enter a phone number: digits, spaces and + ( ) - . only.")
        @Nullable String phone,
        Set<String> roles,
        @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]{1,39}",
                message = "Use 2 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit.")
        @Nullable String username,
        @Nullable TherapistDetails therapist) {

    public StaffMemberDetails {
        title = blankToNull(title);
        firstName = firstName == null ? null : firstName.strip();
        lastName = lastName == null ? null : lastName.strip();
        email = email == null ? null : email.strip();
        phone = blankToNull(phone);
        roles = roles == null ? Set.of() : roles.stream().filter(Objects::nonNull).map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
        username = blankToNull(username);
    }

    /** The same details with other roles. */
    public StaffMemberDetails withRoles(Set<String> newRoles) {
        return new StaffMemberDetails(title, firstName, lastName, email, phone, newRoles, username, therapist);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
