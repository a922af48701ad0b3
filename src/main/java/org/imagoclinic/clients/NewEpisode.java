package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new episode of care, which opens in intake.
 *
 * @param openedOn today when null
 * @param primaryTherapistId may be assigned later, but before the episode starts
 * @param coTherapistId optional; needs a primary therapist
 */
public record NewEpisode(@Nullable LocalDate openedOn, @Nullable UUID primaryTherapistId,
                         @Nullable UUID coTherapistId) {
}
