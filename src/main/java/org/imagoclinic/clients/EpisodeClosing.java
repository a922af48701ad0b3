package org.imagoclinic.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Closing an episode of care: how it ended and why.
 *
 * @param closedOn today when null
 */
public record EpisodeClosing(EpisodeEnding ending, String reason, @Nullable LocalDate closedOn) {
}
