package org.imagoclinic.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One round of a dialogue: one partner sends, the other receives, and the therapist rates both parts.
 *
 * @param senderId the partner (person id) who sent
 * @param receiverId the other partner, who received
 * @param senderRatings the sender's part; nothing rated when left out
 * @param receiverRatings the receiver's steps; none reached when left out
 */
public record DialogueRound(UUID senderId, UUID receiverId, SenderRatings senderRatings,
                            ReceiverRatings receiverRatings) {

    public DialogueRound {
        senderRatings = senderRatings == null ? SenderRatings.NONE : senderRatings;
        receiverRatings = receiverRatings == null ? ReceiverRatings.NONE : receiverRatings;
    }

    /** The round with the roles swapped and nothing rated yet. */
    public DialogueRound swapped() {
        return new DialogueRound(receiverId, senderId, SenderRatings.NONE, ReceiverRatings.NONE);
    }

    /** The receiver's steps reached, in order, e.g. ["mirroring", "summary"]. */
    public List<String> stepsReached() {
        List<String> steps = new ArrayList<>();
        add(steps, "mirroring", receiverRatings.mirroring());
        add(steps, "summary", receiverRatings.summary());
        add(steps, "validation", receiverRatings.validation());
        add(steps, "empathy", receiverRatings.empathy());
        return steps;
    }

    private static void add(List<String> steps, String step, @Nullable Integer rating) {
        if (rating != null) {
            steps.add(step);
        }
    }
}
