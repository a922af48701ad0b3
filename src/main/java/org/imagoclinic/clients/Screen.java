package org.imagoclinic.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One partner's suitability screen as recorded (clinical content, for the care team only). Screens are
 * never changed: a new view is a new screen.
 *
 * @param partnerId whose answers these are; null for a screen recorded for the couple as one form,
 *                  before the questions were asked of each partner, which counts for both
 * @param currentFlags what this screen flagged for review; empty when nothing did
 * @param raisedByRecord where a screen that no one filled in came from, e.g. a hard exit that
 *                       describes self-harm; null for a screen a clinician recorded
 * @param recordedBy the name of the clinician who recorded it
 */
public record Screen(UUID id, UUID coupleId, @Nullable UUID partnerId, LocalDate screenedOn,
                     RiskStatus intimatePartnerViolence, RiskStatus coerciveControl, AffairStatus affair,
                     RiskStatus substanceDependence, boolean acuteCrisis, @Nullable String otherConcern,
                     boolean otherConcernCurrent, @Nullable String notes, Set<ScreeningFlag> currentFlags,
                     @Nullable String raisedByRecord, Instant recordedAt, String recordedBy) {

    public boolean flagged() {
        return !currentFlags.isEmpty();
    }

    /** Whether this screen holds the answers of this partner. */
    public boolean covers(UUID personId) {
        return partnerId == null || partnerId.equals(personId);
    }
}
