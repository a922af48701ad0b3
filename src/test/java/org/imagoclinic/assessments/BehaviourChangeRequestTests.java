package org.imagoclinic.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.ImagoProfile.Caregiver;
import org.imagoclinic.assessments.ImagoProfile.Trait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How a request's phrasing is judged, and how the workup's statement is assembled. */
class BehaviourChangeRequestTests {

    @ParameterizedTest
    @ValueSource(strings = {"Stop shouting at me", "Don't check your phone at dinner", "don’t be late", "Never interrupt me",
            "No more working on Sundays", "Please stop sighing", "I'd like you to stop slamming doors",
            "Could you not leave dishes out", "Do not raise your voice", "Quit making plans without me"})
    void requestsThatAskThePartnerToStopSomethingAreFlagged(String request) {
        assertThat(BehaviourChangeRequest.negativelyPhrased(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ask me how my day went three evenings a week this month", "Hug me when you come home",
            "Notice when I cook and thank me, every day this week", "Stand with me at the door when guests leave",
            "Nevertheless plan a walk with me on Saturday", "Stopover at the bakery with me on Sunday mornings"})
    void positiveRequestsAreNotFlagged(String request) {
        assertThat(BehaviourChangeRequest.negativelyPhrased(request)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"We don't shout at each other.", "We never go to bed angry", "We no longer keep secrets",
            "We stop criticising", "We live without fear"})
    void aVisionStatementAboutWhatTheCoupleAvoidIsFlaggedAsNegative(String statement) {
        assertThat(RelationshipVision.wordingHint(statement)).contains(RelationshipVision.NEGATIVE_HINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We will laugh more", "We'll travel together", "We want to be closer",
            "One day we have a house by the sea", "We should talk every evening", "We hope to trust each other"})
    void aVisionStatementInTheFutureOrAsAWishIsFlagged(String statement) {
        assertThat(RelationshipVision.wordingHint(statement)).contains(RelationshipVision.NOT_PRESENT_HINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We laugh together every day.", "We share our wishes and dreams", "We feel safe to say what we need.",
            "We are honest with each other.", "Nothing comes between our Sunday walks", "We tell each other our willingness"})
    void aPositivePresentTenseVisionStatementIsNotFlagged(String statement) {
        assertThat(RelationshipVision.wordingHint(statement)).isEmpty();
    }

    @Test
    void theUnfinishedBusinessStatementLinksTheStrongestCaregiverTraitsToThePartnersTraits() {
        ImagoProfile profile = new ImagoProfile(List.of(
                new Caregiver("mother", List.of(new Trait("warm", true)),
                        List.of(new Trait("anxious", false), new Trait("controlling", true))),
                new Caregiver("father", List.of(), List.of(new Trait("absent", false)))),
                "to be trusted", "smothered, angry", "shut my door", List.of(), List.of("bossy", "worried"),
                ImagoProfile.StressTendency.MINIMISER, null);

        assertThat(profile.assembledStatement()).isEqualTo("I am trying to get to be trusted from a partner who is bossy "
                + "and worried, as my mother was controlling and my father was absent. When I don't get it, I feel "
                + "smothered, angry and I shut my door.");
    }

    @Test
    void followUpsFallEveryFewDaysFromTheRequestAndOnceOnItsTimeLimitThenStop() {
        LocalDate madeOn = LocalDate.of(2026, 12, 1);
        BehaviourChangeRequest weekly = timeLimited(madeOn.plusDays(20), 7);

        assertThat(weekly.nextFollowUp(madeOn, null)).contains(madeOn.plusDays(7));
        assertThat(weekly.nextFollowUp(madeOn, madeOn.plusDays(9))).as("a follow-up two days late")
                .contains(madeOn.plusDays(14));
        assertThat(weekly.nextFollowUp(madeOn, madeOn.plusDays(14))).as("the time limit before the next week")
                .contains(madeOn.plusDays(20));
        assertThat(weekly.nextFollowUp(madeOn, madeOn.plusDays(20))).isEmpty();
        assertThat(timeLimited(madeOn.plusDays(20), null).nextFollowUp(madeOn, null)).contains(madeOn.plusDays(20));
        assertThat(timeLimited(null, null).nextFollowUp(madeOn, null)).as("no time limit, no schedule").isEmpty();
    }

    private static BehaviourChangeRequest timeLimited(LocalDate endsOn, Integer everyDays) {
        List<BehaviourChangeRequest.Request> requests = List.of(new BehaviourChangeRequest.Request("Hug me", null, null, false),
                new BehaviourChangeRequest.Request("Walk with me", null, null, false),
                new BehaviourChangeRequest.Request("Ask about my day", null, null, false));
        return new BehaviourChangeRequest(java.util.UUID.randomUUID(), "distance", "lonely", "closeness", null, requests, 1,
                endsOn, everyDays);
    }
}
