package org.imagoclinic.assessments;

import org.jspecify.annotations.Nullable;

/**
 * The therapist's rating (1 to 5, how well it was done) of the sender's part of one round of a
 * dialogue; null where it was not rated.
 *
 * @param oneTopic the sender stayed on one topic
 * @param iStatements the sender spoke in "I" statements ("I feel…", not "You always…")
 * @param askedForDialogue the sender asked for the dialogue ("I'd like to have a dialogue. Is now a
 *                         good time?") and waited for the receiver to say they were available
 */
public record SenderRatings(@Nullable Integer oneTopic, @Nullable Integer iStatements,
                            @Nullable Integer askedForDialogue) {

    /** Nothing rated, as in dialogues recorded before the sender's part was rated. */
    public static final SenderRatings NONE = new SenderRatings(null, null, null);
}
