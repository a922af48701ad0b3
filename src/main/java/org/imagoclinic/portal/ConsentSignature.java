package org.imagoclinic.portal;

import java.time.Instant;
import java.util.UUID;
import org.imagoclinic.clients.ConsentKind;
import org.jspecify.annotations.Nullable;

/**
 * A partner's electronic signature of one version of a consent text.
 *
 * @param textSha256 the SHA-256 of the text the partner signed
 * @param typedName the name the partner typed to sign
 * @param signedAt by the clinic's clock
 * @param ipAddress where the signature came from; null when unknown
 * @param current whether the version signed is still the clinic's current one for its kind
 */
public record ConsentSignature(UUID id, UUID personId, UUID consentTextId, ConsentKind kind, int version, String title,
                               String textSha256, String typedName, Instant signedAt, @Nullable String ipAddress,
                               boolean current) {
}
