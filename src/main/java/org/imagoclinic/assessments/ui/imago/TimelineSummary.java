package org.imagoclinic.assessments.ui.imago;

import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/**
 * A record's line on the timeline, beside the column that already names its kind: what it is about
 * without the kind's name again, and for a dialogue who sent, who received and each step's rating.
 */
final class TimelineSummary {

    private TimelineSummary() {
    }

    static String of(ImagoRecord record, Couple couple) {
        if (record.content() instanceof Dialogue dialogue) {
            return dialogue(dialogue, couple);
        }
        return withoutTitle(record.content().summary(), record.kind().label());
    }

    /** "Money · Alex → Sam: mirroring 4, summary 4, validation 3, empathy 2; roles swapped: Sam → Alex: …". */
    static String dialogue(Dialogue dialogue, Couple couple) {
        List<String> rounds = new ArrayList<>();
        for (DialogueRound round : dialogue.rounds()) {
            rounds.add(Partners.name(couple, round.senderId()) + " → " + Partners.name(couple, round.receiverId()) + ": "
                    + steps(round.receiverRatings()));
        }
        String kind = dialogue.dialogueKind() == ExerciseKind.COUPLES_DIALOGUE ? "" : " (" + dialogue.dialogueKind().label() + ")";
        return dialogue.topic() + kind + " · " + String.join("; roles swapped: ", rounds);
    }

    private static String steps(ReceiverRatings ratings) {
        List<String> steps = new ArrayList<>();
        step(steps, "mirroring", ratings.mirroring());
        step(steps, "summary", ratings.summary());
        step(steps, "validation", ratings.validation());
        step(steps, "empathy", ratings.empathy());
        return steps.isEmpty() ? "no step reached" : String.join(", ", steps);
    }

    private static void step(List<String> steps, String name, @Nullable Integer rating) {
        if (rating != null) {
            steps.add(name + " " + rating);
        }
    }

    /** "Behaviour change request: you leave the room" under the kind "Behaviour change request" → "you leave the room". */
    static String withoutTitle(String summary, String title) {
        String shortTitle = title.replaceFirst(" \\(.*\\)$", "");
        for (String prefix : List.of(title, shortTitle)) {
            if (summary.startsWith(prefix + ": ")) {
                return summary.substring(prefix.length() + 2);
            }
            if (summary.startsWith(prefix + ", ")) {
                return capitalised(summary.substring(prefix.length() + 2));
            }
            if (summary.equals(prefix)) {
                return "";
            }
        }
        return summary;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
