package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person the clinic already knows who may be the partner being registered: same date of birth,
 * and the same name or the same email address. No clinical content.
 *
 * @param sameName first and last name are the same, regardless of case
 * @param sameEmail the email address is the same, regardless of case
 * @param couples the display names of the couples this person is or was a partner in
 */
public record PersonMatch(UUID personId, String firstName, String lastName, LocalDate dateOfBirth,
                          @Nullable String email, boolean sameName, boolean sameEmail, List<String> couples) {
}
