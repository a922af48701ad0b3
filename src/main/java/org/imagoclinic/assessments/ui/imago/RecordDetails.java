package org.imagoclinic.assessments.ui.imago;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.TemperatureReading;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/** A record's content as lines of "label: text", for reading it back. */
final class RecordDetails {

    private final Couple couple;
    private final List<String[]> lines = new ArrayList<>();

    private RecordDetails(Couple couple) {
        this.couple = couple;
    }

    /** Label and text pairs, in the order a therapist reads them. */
    static List<String[]> of(Couple couple, ImagoContent content) {
        RecordDetails details = new RecordDetails(couple);
        switch (content) {
            case ImagoProfile profile -> details.profile(profile);
            case WoundExploration wound -> details.line("What was shared", wound.narrative())
                    .line("Link to the present", wound.presentLink());
            case Dialogue dialogue -> details.dialogue(dialogue);
            case BehaviourChangeRequest bcr -> details.request(bcr);
            case PositiveTraits traits -> details.line("Positive traits", String.join(", ", traits.traits()));
            case CaringBehaviours caring -> details.behaviours("Does now", caring.now())
                    .behaviours("Used to do", caring.past()).behaviours("Always wanted, never asked for", caring.neverAsked());
            case Appreciations appreciations -> appreciations.appreciations().forEach(appreciation ->
                    details.line(Partners.name(couple, appreciation.fromPartnerId()), appreciation.text()));
            case RelationshipVision vision -> vision.statements().forEach(statement -> details.line("Rank " + statement.rank()
                    + (statement.hardToReach() ? ", hard to reach" : ""), statement.text()));
            case Exits exits -> exits.exits().forEach(exit -> details.line(exit.kind().label() + " exit, "
                    + exit.status().label().toLowerCase() + (exit.closedOn() == null ? "" : " on " + Dates.day(exit.closedOn()))
                    + (exit.describesHarm() ? ", describes self-harm or violence" : ""), exit.description()));
            case TemperatureReading reading -> details.line("Appreciations", reading.appreciations())
                    .line("New information", reading.newInformation()).line("Puzzles and worries", reading.puzzles())
                    .line("Complaints with a recommendation", reading.complaints())
                    .line("Wishes, hopes and dreams", reading.wishes());
        }
        return details.lines;
    }

    private void profile(ImagoProfile profile) {
        profile.caregivers().forEach(caregiver -> line(caregiver.label(), "positive: " + traits(caregiver.positiveTraits())
                + "; negative: " + traits(caregiver.negativeTraits())));
        line("Wanted most and did not get", profile.wantedMost());
        line("Recurring childhood feelings", profile.childhoodFeelings());
        line("How I reacted", profile.reactions());
        line("Partner's positive traits", String.join(", ", profile.partnerPositiveTraits()));
        line("Partner's negative traits", String.join(", ", profile.partnerNegativeTraits()));
        line("Under stress", profile.tendency() == null ? null : profile.tendency().label());
        line("Unfinished business", profile.unfinishedBusiness());
    }

    private static String traits(List<ImagoProfile.Trait> traits) {
        return traits.stream().map(trait -> trait.text() + (trait.strongest() ? " (strongest)" : ""))
                .collect(Collectors.joining(", "));
    }

    private void dialogue(Dialogue dialogue) {
        line("Kind", dialogue.dialogueKind().label());
        line("Topic", dialogue.topic());
        for (int i = 0; i < dialogue.rounds().size(); i++) {
            DialogueRound round = dialogue.rounds().get(i);
            String title = (i == 0 ? "First round" : "Second round, roles swapped") + ": ";
            line(title + "sender → receiver", Partners.name(couple, round.senderId()) + " → "
                    + Partners.name(couple, round.receiverId()));
            line("The sender's part", "one topic " + rated(round.senderRatings().oneTopic()) + ", \"I\" statements "
                    + rated(round.senderRatings().iStatements()) + ", asked for the dialogue "
                    + rated(round.senderRatings().askedForDialogue()));
            line("The receiver's steps", "mirroring " + rating(round.receiverRatings().mirroring()) + ", summary "
                    + rating(round.receiverRatings().summary()) + ", validation " + rating(round.receiverRatings().validation())
                    + ", empathy " + rating(round.receiverRatings().empathy()));
        }
        line("Roles swapped", dialogue.rolesSwapped() ? "yes" : "no");
        line("Duration", dialogue.durationMinutes() == null ? null : dialogue.durationMinutes() + " minutes");
        line("Notes", dialogue.notes());
    }

    private static String rated(@Nullable Integer rating) {
        return rating == null ? "not rated" : rating + " of 5";
    }

    private static String rating(@Nullable Integer rating) {
        return rating == null ? "not reached" : rating + " of 5";
    }

    private void request(BehaviourChangeRequest bcr) {
        line("Asked by", Partners.name(couple, bcr.askingPartnerId()));
        line("Frustration", bcr.frustration());
        line("Feeling", bcr.feeling());
        line("Desire", bcr.desire());
        line("Childhood link", bcr.childhoodLink());
        for (int i = 0; i < bcr.requests().size(); i++) {
            BehaviourChangeRequest.Request request = bcr.requests().get(i);
            String ratings = List.of(request.importance() == null ? "" : "importance " + request.importance(),
                    request.difficulty() == null ? "" : "difficulty " + request.difficulty(),
                    request.negativelyPhrased() ? "negatively phrased, kept" : "").stream()
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            line("Request " + (i + 1) + (Objects.equals(bcr.chosen(), i + 1) ? " (chosen)" : ""),
                    request.text() + (ratings.isEmpty() ? "" : " (" + ratings + ")"));
        }
        if (bcr.endsOn() != null) {
            line("Time limit", "given until " + Dates.day(bcr.endsOn()) + (bcr.followUpEveryDays() == null
                    ? ", followed up then" : ", followed up every " + bcr.followUpEveryDays() + " days until then"));
        }
    }

    private RecordDetails behaviours(String label, List<CaringBehaviours.Behaviour> behaviours) {
        return line(label, behaviours.stream().map(b -> b.text() + " (" + b.importance() + ")")
                .collect(Collectors.joining("; ")));
    }

    private RecordDetails line(String label, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            lines.add(new String[] {label, text});
        }
        return this;
    }
}
