package org.imagoclinic.assessments;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link for one partner to answer one instrument on the clinic's tablet, without
 * signing in. Only a hash of the token is stored; the link is shown once, to the therapist who
 * opened it.
 *
 * @param path the address to open on the tablet, e.g. {@code /kiosk/…}
 * @param expiresAt after it the link no longer opens the form
 */
public record KioskLink(UUID id, UUID coupleId, UUID partnerId, String instrumentCode, String path, Instant expiresAt) {
}
