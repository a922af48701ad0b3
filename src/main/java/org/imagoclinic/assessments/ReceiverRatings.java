package org.imagoclinic.assessments;

import org.jspecify.annotations.Nullable;

/**
 * The therapist's rating (1 to 5, how well it was done) of each step the receiver reached in one round
 * of a dialogue: mirroring ("What I hear you saying is… Did I get it? Is there more?"), summary,
 * validation ("You make sense, because…") and empathy ("I imagine you might be feeling…"). A step
 * that was not reached has no rating; the steps are reached in that order.
 */
public record ReceiverRatings(@Nullable Integer mirroring, @Nullable Integer summary, @Nullable Integer validation,
                              @Nullable Integer empathy) {

    /** No step reached. */
    public static final ReceiverRatings NONE = new ReceiverRatings(null, null, null, null);
}
