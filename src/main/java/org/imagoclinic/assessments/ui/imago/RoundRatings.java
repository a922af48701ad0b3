package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;
import java.util.function.BiFunction;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.SenderRatings;
import org.jspecify.annotations.Nullable;

/** The therapist's ratings of one round of a dialogue: the sender's part and the receiver's steps. */
final class RoundRatings extends VerticalLayout {

    final Select<Integer> oneTopic;
    final Select<Integer> iStatements;
    final Select<Integer> askedForDialogue;
    final Select<Integer> mirroring;
    final Select<Integer> summary;
    final Select<Integer> validation;
    final Select<Integer> empathy;

    /**
     * @param key the round's field key, e.g. {@code content.rounds[1]}
     * @param register registers each select under its field key, so that the service's message shows next to it
     */
    RoundRatings(String key, BiFunction<String, Select<Integer>, Select<Integer>> register) {
        setPadding(false);
        setSpacing(false);
        oneTopic = register.apply(key + ".senderRatings.oneTopic", rating("One topic", "Not rated"));
        iStatements = register.apply(key + ".senderRatings.iStatements", rating("\"I\" statements", "Not rated"));
        askedForDialogue = register.apply(key + ".senderRatings.askedForDialogue", rating("Asked for the dialogue",
                "Not rated"));
        mirroring = register.apply(key + ".receiverRatings.mirroring", rating("Mirroring", "Not reached"));
        summary = register.apply(key + ".receiverRatings.summary", rating("Summary", "Not reached"));
        validation = register.apply(key + ".receiverRatings.validation", rating("Validation", "Not reached"));
        empathy = register.apply(key + ".receiverRatings.empathy", rating("Empathy", "Not reached"));
        add(new Span("The sender's part"), new HorizontalLayout(oneTopic, iStatements, askedForDialogue),
                new Span("The receiver's steps"), new HorizontalLayout(mirroring, summary, validation, empathy));
    }

    DialogueRound round(@Nullable UUID senderId, @Nullable UUID receiverId) {
        return new DialogueRound(senderId, receiverId,
                new SenderRatings(oneTopic.getValue(), iStatements.getValue(), askedForDialogue.getValue()),
                new ReceiverRatings(mirroring.getValue(), summary.getValue(), validation.getValue(), empathy.getValue()));
    }

    void fill(DialogueRound round) {
        oneTopic.setValue(round.senderRatings().oneTopic());
        iStatements.setValue(round.senderRatings().iStatements());
        askedForDialogue.setValue(round.senderRatings().askedForDialogue());
        mirroring.setValue(round.receiverRatings().mirroring());
        summary.setValue(round.receiverRatings().summary());
        validation.setValue(round.receiverRatings().validation());
        empathy.setValue(round.receiverRatings().empathy());
    }

    private static Select<Integer> rating(String label, String empty) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(1, 2, 3, 4, 5);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(empty);
        select.setWidth("11em");
        return select;
    }
}
