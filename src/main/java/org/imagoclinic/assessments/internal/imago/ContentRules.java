package org.imagoclinic.assessments.internal.imago;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.assessments.TemperatureReading;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/**
 * The rules each kind of Imago record must meet, in plain words per field. Field names are the JSON
 * paths of the REST body ({@code content.requests[1].text}), so forms and the API show the same message.
 */
final class ContentRules {

    private final Couple couple;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private ContentRules(Couple couple) {
        this.couple = couple;
    }

    /** Every problem with the content, keyed by field; empty when it may be stored. */
    static Map<String, String> check(Couple couple, ImagoContent content) {
        ContentRules rules = new ContentRules(couple);
        switch (content) {
            case ImagoProfile profile -> rules.profile(profile);
            case WoundExploration wound -> rules.required("content.narrative", wound.narrative(),
                    "Write down what the partner shared.");
            case Dialogue dialogue -> rules.dialogue(dialogue);
            case BehaviourChangeRequest request -> rules.request(request);
            case PositiveTraits traits -> rules.lines("content.traits", traits.traits(), "List at least one positive trait.");
            case CaringBehaviours caring -> rules.caring(caring);
            case Appreciations appreciations -> rules.appreciations(appreciations);
            case RelationshipVision vision -> rules.vision(vision);
            case Exits exits -> rules.exits(exits);
            case TemperatureReading reading -> rules.temperature(reading);
        }
        ContentSizes.check(content, rules.problems);
        return rules.problems;
    }

    private void profile(ImagoProfile profile) {
        if (profile.caregivers().isEmpty()) {
            problems.put("content.caregivers", "Add at least one childhood caregiver, e.g. mother or father.");
        }
        for (int i = 0; i < profile.caregivers().size(); i++) {
            ImagoProfile.Caregiver caregiver = profile.caregivers().get(i);
            String field = "content.caregivers[" + i + "]";
            required(field + ".label", caregiver.label(), "Say who this caregiver was, e.g. mother, father, grandmother.");
            if (caregiver.positiveTraits().isEmpty() && caregiver.negativeTraits().isEmpty()) {
                problems.put(field + ".positiveTraits", "List the traits of this caregiver as the child experienced them.");
            }
            traits(field + ".positiveTraits", caregiver.positiveTraits());
            traits(field + ".negativeTraits", caregiver.negativeTraits());
        }
        required("content.wantedMost", profile.wantedMost(), "Write what the partner wanted most as a child and did not get.");
        required("content.childhoodFeelings", profile.childhoodFeelings(), "Write the feelings that recurred in childhood.");
        required("content.reactions", profile.reactions(), "Write how the partner reacted as a child.");
    }

    private void traits(String field, List<ImagoProfile.Trait> traits) {
        for (int i = 0; i < traits.size(); i++) {
            required(field + "[" + i + "].text", traits.get(i).text(), "A trait needs a word or two; remove the empty line.");
        }
    }

    private void dialogue(Dialogue dialogue) {
        if (dialogue.dialogueKind() == null || !dialogue.dialogueKind().dialogue()) {
            problems.put("content.dialogueKind", "Choose the kind of dialogue: couples, appreciation, parent–child, "
                    + "role reversal or behaviour change request dialogue.");
        }
        required("content.topic", dialogue.topic(), "Name the topic the sender spoke about.");
        List<DialogueRound> rounds = dialogue.rounds();
        if (rounds.isEmpty()) {
            problems.put("content.rounds", "Record the round: which partner sent and which received.");
        } else if (rounds.size() > Dialogue.MAX_ROUNDS) {
            problems.put("content.rounds", "A dialogue has one round, or two when the partners swap roles.");
            return;
        }
        for (int i = 0; i < rounds.size(); i++) {
            round("content.rounds[" + i + "]", rounds.get(i));
        }
        if (rounds.size() == 2 && rounds.get(0) != null && rounds.get(1) != null
                && !problems.containsKey("content.rounds[1].senderId")
                && !Objects.equals(rounds.get(1).senderId(), rounds.get(0).receiverId())) {
            problems.put("content.rounds[1].senderId", "When the partners swap roles, the first round's receiver sends.");
        }
        if (dialogue.durationMinutes() != null && (dialogue.durationMinutes() < 1 || dialogue.durationMinutes() > 480)) {
            problems.put("content.durationMinutes", "The duration is in minutes, between 1 and 480.");
        }
    }

    private void round(String field, @Nullable DialogueRound round) {
        if (round == null) {
            problems.put(field + ".senderId", "Choose which partner sent.");
            return;
        }
        if (round.senderId() == null || !CoupleContext.isPartner(couple, round.senderId())) {
            problems.put(field + ".senderId", "Choose which partner sent.");
        }
        if (round.receiverId() == null || !CoupleContext.isPartner(couple, round.receiverId())) {
            problems.put(field + ".receiverId", "Choose which partner received.");
        } else if (round.receiverId().equals(round.senderId())) {
            problems.put(field + ".receiverId", "The receiver is the other partner, not the sender.");
        }
        SenderRatings sender = round.senderRatings();
        rating(field + ".senderRatings.oneTopic", sender.oneTopic());
        rating(field + ".senderRatings.iStatements", sender.iStatements());
        rating(field + ".senderRatings.askedForDialogue", sender.askedForDialogue());
        ReceiverRatings receiver = round.receiverRatings();
        rating(field + ".receiverRatings.mirroring", receiver.mirroring());
        rating(field + ".receiverRatings.summary", receiver.summary());
        rating(field + ".receiverRatings.validation", receiver.validation());
        rating(field + ".receiverRatings.empathy", receiver.empathy());
        inOrder(field + ".receiverRatings.", receiver);
    }

    private void inOrder(String field, ReceiverRatings ratings) {
        Integer[] steps = {ratings.mirroring(), ratings.summary(), ratings.validation(), ratings.empathy()};
        String[] names = {"mirroring", "summary", "validation", "empathy"};
        for (int step = 1; step < steps.length; step++) {
            if (steps[step] != null && steps[step - 1] == null) {
                problems.put(field + names[step], "The receiver reaches " + names[step]
                        + " only after " + names[step - 1] + ": rate " + names[step - 1] + " too, or leave this step out.");
                return;
            }
        }
    }

    private void request(BehaviourChangeRequest bcr) {
        required("content.frustration", bcr.frustration(), "Name the frustration.");
        required("content.feeling", bcr.feeling(), "Name the feeling behind the frustration.");
        required("content.desire", bcr.desire(), "Name the desire hidden in the frustration.");
        if (bcr.requests().size() != BehaviourChangeRequest.REQUESTS) {
            problems.put("content.requests", "A behaviour change request has exactly three requests.");
        }
        for (int i = 0; i < bcr.requests().size(); i++) {
            BehaviourChangeRequest.Request request = bcr.requests().get(i);
            String field = "content.requests[" + i + "]";
            if (request == null || blank(request.text())) {
                problems.put(field + ".text", "Write request " + (i + 1) + ": positive, specific, measurable, doable "
                        + "and time-limited.");
                continue;
            }
            if (request.negativelyPhrased() && !request.keepPhrasing()) {
                problems.put(field + ".text", BehaviourChangeRequest.NEGATIVE_HINT
                        + " To keep it as it is, tick \"keep as phrased\".");
            }
            rating(field + ".importance", request.importance());
            rating(field + ".difficulty", request.difficulty());
        }
        if (bcr.chosen() != null && (bcr.chosen() < 1 || bcr.chosen() > BehaviourChangeRequest.REQUESTS)) {
            problems.put("content.chosen", "The chosen request is 1, 2 or 3.");
        }
    }

    private void caring(CaringBehaviours caring) {
        if (caring.now().isEmpty() && caring.past().isEmpty() && caring.neverAsked().isEmpty()) {
            problems.put("content.now", "List at least one caring behaviour.");
        }
        behaviours("content.now", caring.now());
        behaviours("content.past", caring.past());
        behaviours("content.neverAsked", caring.neverAsked());
    }

    private void behaviours(String field, List<CaringBehaviours.Behaviour> behaviours) {
        for (int i = 0; i < behaviours.size(); i++) {
            required(field + "[" + i + "].text", behaviours.get(i).text(), "Describe the caring behaviour.");
            if (behaviours.get(i).importance() < 1 || behaviours.get(i).importance() > 5) {
                problems.put(field + "[" + i + "].importance", "Rate its importance from 1 (a little) to 5 (very much).");
            }
        }
    }

    private void appreciations(Appreciations appreciations) {
        if (appreciations.appreciations().isEmpty()) {
            problems.put("content.appreciations", "Record at least one appreciation.");
        }
        for (int i = 0; i < appreciations.appreciations().size(); i++) {
            Appreciations.Appreciation appreciation = appreciations.appreciations().get(i);
            required("content.appreciations[" + i + "].text", appreciation.text(), "Write the appreciation as it was said.");
            if (appreciation.fromPartnerId() == null || !CoupleContext.isPartner(couple, appreciation.fromPartnerId())) {
                problems.put("content.appreciations[" + i + "].fromPartnerId", "Choose which partner said it.");
            }
        }
    }

    private void vision(RelationshipVision vision) {
        if (vision.statements().isEmpty()) {
            problems.put("content.statements", "Write at least one vision statement, e.g. \"We laugh together every day.\"");
        }
        for (int i = 0; i < vision.statements().size(); i++) {
            RelationshipVision.Statement statement = vision.statements().get(i);
            String field = "content.statements[" + i + "].text";
            required(field, statement.text(), "Write the statement in the present tense.");
            if (!statement.keepWording()) {
                statement.wordingHint().ifPresent(hint -> problems.putIfAbsent(field,
                        hint + " To keep it as it is, tick \"Keep as worded\"."));
            }
            if (statement.rank() < 1 || statement.rank() > 3) {
                problems.put("content.statements[" + i + "].rank", "Rank it 1 (most important), 2 or 3.");
            }
        }
    }

    private void exits(Exits exits) {
        if (exits.exits().isEmpty()) {
            problems.put("content.exits", "List at least one exit.");
        }
        for (int i = 0; i < exits.exits().size(); i++) {
            Exits.Exit exit = exits.exits().get(i);
            required("content.exits[" + i + "].description", exit.description(), "Describe the exit, e.g. \"works late every night\".");
            if (exit.kind() == null) {
                problems.put("content.exits[" + i + "].kind", "Say whether it is a hard or a soft exit.");
            }
            if (exit.status() == null) {
                problems.put("content.exits[" + i + "].status", "Say whether it is open, closing or closed.");
            }
            if (exit.closedOn() != null && exit.status() != Exits.Status.CLOSED) {
                problems.put("content.exits[" + i + "].closedOn", "Only a closed exit has the day it was closed.");
            }
            if (exit.describesHarm() && exit.kind() == Exits.Kind.SOFT) {
                problems.put("content.exits[" + i + "].describesHarm",
                        "Only a hard exit is marked as describing self-harm or violence.");
            }
        }
    }

    private void temperature(TemperatureReading reading) {
        if (blank(reading.appreciations()) && blank(reading.newInformation()) && blank(reading.puzzles())
                && blank(reading.complaints()) && blank(reading.wishes())) {
            problems.put("content.appreciations", "Fill in at least one of the five parts of the reading.");
        }
    }

    private void lines(String field, List<String> lines, String message) {
        if (lines.stream().allMatch(ContentRules::blank)) {
            problems.put(field, message);
        }
    }

    private void rating(String field, @Nullable Integer rating) {
        if (rating != null && (rating < 1 || rating > 5)) {
            problems.put(field, "Rate it from 1 to 5.");
        }
    }

    private void required(String field, @Nullable String text, String message) {
        if (blank(text)) {
            problems.put(field, message);
        }
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
