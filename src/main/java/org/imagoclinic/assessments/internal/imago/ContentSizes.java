package org.imagoclinic.assessments.internal.imago;

import static org.imagoclinic.shared.InputLimits.ITEMS;
import static org.imagoclinic.shared.InputLimits.LINE;
import static org.imagoclinic.shared.InputLimits.NAME;
import static org.imagoclinic.shared.InputLimits.TEXT;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.TemperatureReading;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.shared.InputLimits;
import org.jspecify.annotations.Nullable;

/**
 * How much one Imago record holds (issue 29): each text to the shared size of its kind (a line for a
 * statement, a trait or a request, free text for a narrative) and each list to the shared number of
 * entries. Field names are the JSON paths, as in {@link ContentRules}.
 */
final class ContentSizes {

    private final Map<String, String> problems;

    private ContentSizes(Map<String, String> problems) {
        this.problems = problems;
    }

    /** Adds a problem per value that is too long and per list with too many entries. */
    static void check(ImagoContent content, Map<String, String> problems) {
        ContentSizes sizes = new ContentSizes(problems);
        switch (content) {
            case ImagoProfile profile -> sizes.profile(profile);
            case WoundExploration wound -> {
                sizes.text("content.narrative", wound.narrative(), TEXT);
                sizes.text("content.presentLink", wound.presentLink(), TEXT);
            }
            case Dialogue dialogue -> {
                sizes.text("content.topic", dialogue.topic(), LINE);
                sizes.text("content.notes", dialogue.notes(), TEXT);
            }
            case BehaviourChangeRequest request -> sizes.request(request);
            case PositiveTraits traits -> sizes.list("content.traits", traits.traits(), "", line -> line, LINE);
            case CaringBehaviours caring -> {
                sizes.list("content.now", caring.now(), ".text", CaringBehaviours.Behaviour::text, LINE);
                sizes.list("content.past", caring.past(), ".text", CaringBehaviours.Behaviour::text, LINE);
                sizes.list("content.neverAsked", caring.neverAsked(), ".text", CaringBehaviours.Behaviour::text, LINE);
            }
            case Appreciations appreciations -> sizes.list("content.appreciations", appreciations.appreciations(),
                    ".text", Appreciations.Appreciation::text, LINE);
            case RelationshipVision vision -> sizes.list("content.statements", vision.statements(),
                    ".text", RelationshipVision.Statement::text, LINE);
            case Exits exits -> sizes.list("content.exits", exits.exits(), ".description", Exits.Exit::description, LINE);
            case TemperatureReading reading -> {
                sizes.text("content.appreciations", reading.appreciations(), TEXT);
                sizes.text("content.newInformation", reading.newInformation(), TEXT);
                sizes.text("content.puzzles", reading.puzzles(), TEXT);
                sizes.text("content.complaints", reading.complaints(), TEXT);
                sizes.text("content.wishes", reading.wishes(), TEXT);
            }
        }
    }

    private void profile(ImagoProfile profile) {
        InputLimits.checkItems(problems, "content.caregivers", profile.caregivers(), ITEMS);
        for (int i = 0; i < Math.min(profile.caregivers().size(), ITEMS); i++) {
            ImagoProfile.Caregiver caregiver = profile.caregivers().get(i);
            String field = "content.caregivers[" + i + "]";
            if (caregiver != null) {
                text(field + ".label", caregiver.label(), NAME);
                list(field + ".positiveTraits", caregiver.positiveTraits(), ".text", ImagoProfile.Trait::text, LINE);
                list(field + ".negativeTraits", caregiver.negativeTraits(), ".text", ImagoProfile.Trait::text, LINE);
            }
        }
        text("content.wantedMost", profile.wantedMost(), TEXT);
        text("content.childhoodFeelings", profile.childhoodFeelings(), TEXT);
        text("content.reactions", profile.reactions(), TEXT);
        list("content.partnerPositiveTraits", profile.partnerPositiveTraits(), "", line -> line, LINE);
        list("content.partnerNegativeTraits", profile.partnerNegativeTraits(), "", line -> line, LINE);
        text("content.unfinishedBusiness", profile.unfinishedBusiness(), TEXT);
    }

    private void request(BehaviourChangeRequest request) {
        text("content.frustration", request.frustration(), TEXT);
        text("content.feeling", request.feeling(), LINE);
        text("content.desire", request.desire(), TEXT);
        text("content.childhoodLink", request.childhoodLink(), TEXT);
        list("content.requests", request.requests(), ".text", BehaviourChangeRequest.Request::text, LINE);
    }

    /** The list's number of entries, and each entry's text (the entries past the maximum are not read). */
    private <T> void list(String field, List<T> entries, String part, Function<T, @Nullable String> textOf, int max) {
        InputLimits.checkItems(problems, field, entries, ITEMS);
        for (int i = 0; i < Math.min(entries.size(), ITEMS); i++) {
            T entry = entries.get(i);
            if (entry != null) {
                text(field + "[" + i + "]" + part, textOf.apply(entry), max);
            }
        }
    }

    private void text(String field, @Nullable String text, int max) {
        InputLimits.checkText(problems, field, text, max);
    }
}
