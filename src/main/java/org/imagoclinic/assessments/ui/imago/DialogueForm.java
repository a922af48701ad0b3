package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.InputLimits;

/**
 * An Imago dialogue: topic, sender and receiver, the sender's part and the receiver's steps and how
 * well each was done; and, when the partners swapped roles, the second round rated the same way.
 */
class DialogueForm extends RecordForm<Dialogue> {

    final Select<ExerciseKind> dialogueKind = field("content.dialogueKind", new Select<>());
    final TextField topic = field("content.topic", new TextField("Topic"));
    final Select<Partner> sender;
    final Select<Partner> receiver;
    final RoundRatings first = new RoundRatings("content.rounds[0]", this::field);
    final Checkbox roleSwap = new Checkbox("The partners swapped roles: rate the second round");
    final H5 secondTitle = new H5();
    final RoundRatings second = new RoundRatings("content.rounds[1]", this::field);
    /** Holds the second round only while the roles are swapped, so its fields are not on the page otherwise. */
    private final Div secondRound = new Div();
    final IntegerField duration = field("content.durationMinutes", new IntegerField("Duration (minutes)"));
    final TextArea notes = ProfileForm.area("Notes");

    DialogueForm(Couple couple) {
        super(couple);
        topic.setMaxLength(InputLimits.LINE);
        dialogueKind.setLabel("Kind of dialogue");
        dialogueKind.setItems(Arrays.stream(ExerciseKind.values()).filter(ExerciseKind::dialogue).toList());
        dialogueKind.setItemLabelGenerator(ExerciseKind::label);
        dialogueKind.setValue(ExerciseKind.COUPLES_DIALOGUE);
        sender = field("content.rounds[0].senderId", Partners.select(couple, "Sender"));
        receiver = field("content.rounds[0].receiverId", Partners.select(couple, "Receiver"));
        sender.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                receiver.setValue(Partners.other(couple, change.getValue()));
            }
            showSecondRound();
        });
        receiver.addValueChangeListener(change -> showSecondRound());
        roleSwap.addValueChangeListener(change -> showSecondRound());
        topic.setWidthFull();
        duration.setMin(1);
        duration.setMax(480);
        add(prompts("Rate each part, 1 = just attempted, 5 = done well",
                        "Sender asks: \"I'd like to have a dialogue. Is now a good time?\"",
                        "Sender: \"I\" statements about one topic.",
                        "Mirroring: \"What I hear you saying is… Did I get it? Is there more?\"",
                        "Summary: \"Let me see if I got all of that…\"",
                        "Validation: \"You make sense, because…\"",
                        "Empathy: \"I imagine you might be feeling…\"",
                        "Then the partners swap roles: the receiver sends."),
                dialogueKind, topic, new HorizontalLayout(sender, receiver), first, roleSwap, secondRound,
                duration, notes);
        showSecondRound();
    }

    private void showSecondRound() {
        if (!roleSwap.getValue()) {
            secondRound.removeAll();
        } else if (secondRound.getChildren().findAny().isEmpty()) {
            secondRound.add(secondTitle, second);
        }
        secondTitle.setText("Second round: " + name(receiver.getValue()) + " sends, " + name(sender.getValue())
                + " receives");
    }

    private static String name(Partner partner) {
        return partner == null ? "the receiver" : partner.displayName();
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.DIALOGUE;
    }

    @Override
    Dialogue content() {
        List<DialogueRound> rounds = new ArrayList<>();
        rounds.add(first.round(Partners.id(sender), Partners.id(receiver)));
        if (roleSwap.getValue()) {
            rounds.add(second.round(Partners.id(receiver), Partners.id(sender)));
        }
        return new Dialogue(dialogueKind.getValue(), topic.getValue(), rounds, duration.getValue(),
                orNull(notes.getValue()));
    }

    @Override
    void fill(Dialogue dialogue) {
        dialogueKind.setValue(dialogue.dialogueKind());
        topic.setValue(text(dialogue.topic()));
        DialogueRound round = dialogue.rounds().getFirst();
        sender.setValue(Partners.of(couple, round.senderId()));
        receiver.setValue(Partners.of(couple, round.receiverId()));
        first.fill(round);
        roleSwap.setValue(dialogue.rolesSwapped());
        if (dialogue.rolesSwapped()) {
            second.fill(dialogue.rounds().get(1));
        }
        duration.setValue(dialogue.durationMinutes());
        notes.setValue(text(dialogue.notes()));
    }
}
