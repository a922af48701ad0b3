package org.imagoclinic.assessments;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An Imago (intentional) dialogue: the sender asks for it ("Is now a good time?") and speaks about one
 * topic in "I" statements; the receiver mirrors ("What I hear you saying is… Did I get it? Is there
 * more?"), summarises, validates ("You make sense, because…") and empathises ("I imagine you might be
 * feeling…"). Then the partners may swap roles: the receiver becomes the sender. Each round is rated
 * on its own (ADR 0045).
 *
 * @param dialogueKind one of the dialogue variants of {@link ExerciseKind} (couples, appreciation,
 *        parent–child, role reversal, behaviour change request dialogue)
 * @param rounds the first round, and the second when the partners swapped roles (its sender is the
 *               first round's receiver)
 * @param durationMinutes how long it took, if noted
 */
public record Dialogue(ExerciseKind dialogueKind, String topic, List<DialogueRound> rounds,
                       @Nullable Integer durationMinutes, @Nullable String notes) implements ImagoContent {

    /** A dialogue has at most this many rounds: one, and one more when the partners swap roles. */
    public static final int MAX_ROUNDS = 2;

    public Dialogue {
        rounds = rounds == null ? List.of() : rounds.stream().toList();
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.DIALOGUE;
    }

    /** Whether the partners swapped roles (a second round was held). */
    public boolean rolesSwapped() {
        return rounds.size() > 1;
    }

    @Override
    public String summary() {
        return dialogueKind.label() + ": " + topic + " (" + rounds.stream()
                .map(round -> round == null || round.stepsReached().isEmpty() ? "no step reached"
                        : String.join(", ", round.stepsReached()))
                .collect(Collectors.joining("; roles swapped: ")) + ")";
    }
}
