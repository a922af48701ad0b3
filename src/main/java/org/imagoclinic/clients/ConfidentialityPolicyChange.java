package org.imagoclinic.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new confidentiality policy for a couple, agreed by both partners after registration.
 *
 * @param policy the policy from now on; required
 * @param partnerAConsentedOn the day partner A agreed to it; required, not in the future
 * @param partnerBConsentedOn the day partner B agreed to it; required, not in the future
 * @param reason why the couple and their therapist change it, in words everyone who works with the
 *               couple may read; optional
 */
public record ConfidentialityPolicyChange(@Nullable ConfidentialityPolicy policy, @Nullable LocalDate partnerAConsentedOn,
                                          @Nullable LocalDate partnerBConsentedOn, @Nullable String reason) {
}
