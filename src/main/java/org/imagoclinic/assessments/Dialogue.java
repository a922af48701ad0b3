package org.imagoclinic.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An Imago (intentional) dialogue: a sender speaks about one topic in "I" statements, the receiver
 * mirrors ("What I hear you saying is… Did I get it? Is there more?"), summarises, validates ("You
 * make sense, because…") and empathises ("I imagine you might be feeling…"); then they may swap roles.
 *
 * @param dialogueKind one of the dialogue variants of {@link ExerciseKind} (couples, appreciation,
 *        parent–child, role reversal, behaviour change request dialogue)
 * @param senderId the partner (person id) who sent
 * @param receiverId the partner who received
 * @param ratings the therapist's 1–5 rating of each step reached (null: not reached) and the role swap
 * @param durationMinutes how long it took, if noted
 */
public record Dialogue(ExerciseKind dialogueKind, String topic, UUID senderId, UUID receiverId,
                       DialogueRatings ratings, @Nullable Integer durationMinutes, @Nullable String notes)
        implements ImagoContent {

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.DIALOGUE;
    }

    @Override
    public String summary() {
        return dialogueKind.label() + ": " + topic + " (" + (stepsReached().isEmpty() ? "no step reached"
                : String.join(", ", stepsReached())) + (ratings.roleSwap() ? "; roles swapped" : "") + ")";
    }

    /** The receiver's steps reached, in order, e.g. ["mirroring", "summary"]. */
    public List<String> stepsReached() {
        List<String> steps = new ArrayList<>();
        if (ratings.mirroring() != null) {
            steps.add("mirroring");
        }
        if (ratings.summary() != null) {
            steps.add("summary");
        }
        if (ratings.validation() != null) {
            steps.add("validation");
        }
        if (ratings.empathy() != null) {
            steps.add("empathy");
        }
        return steps;
    }
}
