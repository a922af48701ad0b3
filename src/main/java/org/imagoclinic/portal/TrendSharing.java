package org.imagoclinic.portal;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a partner sees their own CSI scores over time in the portal (ADR 0058). Off by default; a
 * clinician of the couple's care team switches it on or off per partner on the couple page, and every
 * change is audited. A partner never sees the other partner's scores, shared or not.
 */
public interface TrendSharing {

    /**
     * The partners of the couple who see their own trend. Care team only.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone outside the care team
     */
    Set<UUID> sharedWith(UUID coupleId);

    /**
     * Switches one partner's own trend on or off. Care team only; audited with who and which way.
     *
     * @throws org.imagoclinic.shared.InvalidInputException when the person is not a partner of the couple
     * @throws org.springframework.security.access.AccessDeniedException for anyone outside the care team
     */
    void share(UUID coupleId, UUID personId, boolean shared);
}
