package org.imagoclinic.clients;

import java.util.UUID;

/**
 * Changing a couple's confidentiality policy after registration (ADR 0028). The front desk records
 * the policy agreed at registration; later it changes only as a clinical act by the couple's care
 * team (their therapists, or a supervisor of one; not through break-glass), recording both
 * partners' consent with its day and who recorded it. Records keep the policy they were written
 * under: a change never opens what was said in confidence before it.
 */
public interface ConfidentialityPolicies {

    /**
     * Changes the policy from now on, with both partners' consent; audited with the old and the new
     * policy.
     *
     * @throws org.imagoclinic.shared.InvalidInputException naming each missing or wrong field
     * @throws org.imagoclinic.shared.ConflictException when the couple already has this policy
     * @throws org.springframework.security.access.AccessDeniedException for anyone but the care team
     */
    Couple change(UUID coupleId, ConfidentialityPolicyChange change);
}
