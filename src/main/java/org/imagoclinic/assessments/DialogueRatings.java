package org.imagoclinic.assessments;

import org.jspecify.annotations.Nullable;

/**
 * The therapist's rating (1 to 5, how well it was done) of each receiver step a dialogue reached;
 * a step that was not reached has no rating.
 *
 * @param roleSwap whether the partners swapped roles
 */
public record DialogueRatings(@Nullable Integer mirroring, @Nullable Integer summary, @Nullable Integer validation,
                              @Nullable Integer empathy, boolean roleSwap) {
}
