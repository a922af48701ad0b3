package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRatings;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.InputLimits;

/** An Imago dialogue: topic, sender and receiver, the steps the receiver reached and how well. */
class DialogueForm extends RecordForm<Dialogue> {

    final Select<ExerciseKind> dialogueKind = field("content.dialogueKind", new Select<>());
    final TextField topic = field("content.topic", new TextField("Topic"));
    final Select<Partner> sender;
    final Select<Partner> receiver;
    final Select<Integer> mirroring = field("content.ratings.mirroring", step("Mirroring"));
    final Select<Integer> summary = field("content.ratings.summary", step("Summary"));
    final Select<Integer> validation = field("content.ratings.validation", step("Validation"));
    final Select<Integer> empathy = field("content.ratings.empathy", step("Empathy"));
    final Checkbox roleSwap = new Checkbox("The partners swapped roles");
    final IntegerField duration = field("content.durationMinutes", new IntegerField("Duration (minutes)"));
    final TextArea notes = ProfileForm.area("Notes");

    DialogueForm(Couple couple) {
        super(couple);
        topic.setMaxLength(InputLimits.LINE);
        dialogueKind.setLabel("Kind of dialogue");
        dialogueKind.setItems(Arrays.stream(ExerciseKind.values()).filter(ExerciseKind::dialogue).toList());
        dialogueKind.setItemLabelGenerator(ExerciseKind::label);
        dialogueKind.setValue(ExerciseKind.COUPLES_DIALOGUE);
        sender = field("content.senderId", Partners.select(couple, "Sender"));
        receiver = field("content.receiverId", Partners.select(couple, "Receiver"));
        sender.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                receiver.setValue(Partners.other(couple, change.getValue()));
            }
        });
        topic.setWidthFull();
        duration.setMin(1);
        duration.setMax(480);
        add(prompts("The receiver's steps (rate each step reached, 1 = just attempted, 5 = done well)",
                        "Sender: \"I\" statements about one topic.",
                        "Mirroring: \"What I hear you saying is… Did I get it? Is there more?\"",
                        "Summary: \"Let me see if I got all of that…\"",
                        "Validation: \"You make sense, because…\"",
                        "Empathy: \"I imagine you might be feeling…\"",
                        "Then the partners swap roles."),
                dialogueKind, topic, new HorizontalLayout(sender, receiver),
                new HorizontalLayout(mirroring, summary, validation, empathy), roleSwap, duration, notes);
    }

    private static Select<Integer> step(String label) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(1, 2, 3, 4, 5);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not reached");
        select.setWidth("9em");
        return select;
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.DIALOGUE;
    }

    @Override
    Dialogue content() {
        return new Dialogue(dialogueKind.getValue(), topic.getValue(), Partners.id(sender), Partners.id(receiver),
                new DialogueRatings(mirroring.getValue(), summary.getValue(), validation.getValue(), empathy.getValue(),
                        roleSwap.getValue()), duration.getValue(), orNull(notes.getValue()));
    }

    @Override
    void fill(Dialogue dialogue) {
        dialogueKind.setValue(dialogue.dialogueKind());
        topic.setValue(text(dialogue.topic()));
        sender.setValue(Partners.of(couple, dialogue.senderId()));
        receiver.setValue(Partners.of(couple, dialogue.receiverId()));
        mirroring.setValue(dialogue.ratings().mirroring());
        summary.setValue(dialogue.ratings().summary());
        validation.setValue(dialogue.ratings().validation());
        empathy.setValue(dialogue.ratings().empathy());
        roleSwap.setValue(dialogue.ratings().roleSwap());
        duration.setValue(dialogue.durationMinutes());
        notes.setValue(text(dialogue.notes()));
    }
}
