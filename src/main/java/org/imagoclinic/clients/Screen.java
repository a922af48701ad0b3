package org.imagoclinic.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A suitability screen as recorded (clinical content). Screens are never changed: a new view is a
 * new screen.
 *
 * @param currentFlags what this screen flagged for review; empty when nothing did
 * @param recordedBy the name of the clinician who recorded it
 */
public record Screen(UUID id, UUID coupleId, LocalDate screenedOn, RiskStatus intimatePartnerViolence,
                     AffairStatus affair, RiskStatus substanceDependence, boolean acuteCrisis,
                     @Nullable String otherConcern, boolean otherConcernCurrent, @Nullable String notes,
                     Set<ScreeningFlag> currentFlags, Instant recordedAt, String recordedBy) {

    public boolean flagged() {
        return !currentFlags.isEmpty();
    }
}
