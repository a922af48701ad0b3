package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The clinic's tablet: a therapist opens a link for one partner and one instrument; the partner
 * answers the form under that link without signing in. The link works for one administration and
 * expires ({@code imago.measures.kiosk-link-validity}, default 30 minutes). Opening a link is a
 * care-team write (audited); the partner's answers are audited as entered under the link.
 */
public interface MeasureKiosk {

    /**
     * Opens a link; the care team only.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for an unknown instrument or a partner not of the couple
     */
    KioskLink open(UUID coupleId, UUID partnerId, String instrumentCode);

    /**
     * The form a token opens.
     *
     * @throws org.imagoclinic.shared.NotFoundException when the token is unknown, used or expired
     *         (one plain-words message for all three)
     */
    KioskForm formFor(String token);

    /**
     * Keeps the partner's answers and uses the link up; publishes {@link MeasureCompleted}.
     *
     * @throws org.imagoclinic.shared.InvalidInputException naming each missing item; the link stays usable
     * @throws org.imagoclinic.shared.NotFoundException when the token is unknown, used or expired
     */
    void submit(String token, List<@Nullable Integer> answers);
}
