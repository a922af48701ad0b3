package org.imagoclinic.portal;

import java.time.Instant;
import java.util.UUID;
import org.imagoclinic.clients.ConsentKind;

/**
 * One version of a consent text as the clinic published it; never changed afterwards (a new version is a
 * new text).
 *
 * @param version from 1, per kind
 * @param sha256 the SHA-256 of the body's UTF-8 bytes, in hex
 */
public record ConsentText(UUID id, ConsentKind kind, int version, String title, String body, String sha256,
                          Instant publishedAt, String publishedBy) {
}
