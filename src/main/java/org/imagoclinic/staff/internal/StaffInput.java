package org.imagoclinic.staff.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.AlreadyTakenException;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what an administrator entered, all of it at once, so that a form or an API client learns
 * every problem in one answer: the bean-validation constraints on the records, the roles, the
 * therapist details a clinical role needs, and an email address no one else has.
 */
@Component
class StaffInput {

    private final Validator validator;
    private final StaffRepository staff;

    StaffInput(Validator validator, StaffRepository staff) {
        this.validator = validator;
        this.staff = staff;
    }

    /**
     * @param existingId the person being changed, or null for a new one
     * @throws InvalidInputException naming each field that breaks a rule
     * @throws AlreadyTakenException when another person has the email address
     */
    void check(StaffMemberDetails details, @Nullable UUID existingId) {
        Map<String, String> errors = new TreeMap<>();
        collect(validator.validate(details), "", errors);
        List<String> unknown = details.roles().stream().filter(role -> !Roles.ALL.contains(role)).sorted().toList();
        if (!unknown.isEmpty()) {
            errors.put("roles", "Unknown role " + String.join(", ", unknown)
                    + ". Choose from " + String.join(", ", Roles.ALL) + ".");
        }
        if (StaffMember.clinical(details.roles())) {
            if (details.therapist() == null) {
                errors.put("therapist", "A therapist needs credentials, a discipline and a calendar colour.");
            } else {
                collect(validator.validate(details.therapist()), "therapist.", errors);
                String npi = details.therapist().npi();
                if (npi != null && !errors.containsKey("therapist.npi") && !TherapistDetails.npiCheckDigitRight(npi)) {
                    errors.put("therapist.npi", "This is not an NPI: its last digit does not check. Copy it again from the NPI letter.");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (staff.emailTaken(details.email(), existingId)) {
            throw new AlreadyTakenException("email",
                    "Another staff member already uses the email address " + details.email() + ".");
        }
    }

    private static void collect(Set<? extends ConstraintViolation<?>> violations, String prefix,
                                Map<String, String> errors) {
        for (ConstraintViolation<?> violation : violations) {
            errors.putIfAbsent(prefix + violation.getPropertyPath(), violation.getMessage());
        }
    }
}
