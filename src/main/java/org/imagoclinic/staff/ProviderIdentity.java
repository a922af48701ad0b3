package org.imagoclinic.staff;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinician as a superbill names the rendering provider: identifiers an insurer checks, never
 * contact details.
 *
 * @param displayName e.g. "Dr Helen Okafor"
 * @param credentials how they sign, e.g. "PhD, Certified Imago Therapist"
 * @param licenceNumber null while they have none
 * @param npi the US National Provider Identifier; null outside the US or while they have none
 */
public record ProviderIdentity(UUID id, String displayName, String credentials, @Nullable String licenceNumber,
                               @Nullable String npi) {
}
