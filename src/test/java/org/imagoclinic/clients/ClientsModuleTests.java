package org.imagoclinic.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The clients module on its own (with shared, security and audit), on a database of its own: its
 * events are published in the transaction that changes the state and received by a listener in
 * another module after commit, carrying what that listener needs.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ClientsModuleTests.Listening.class)
class ClientsModuleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    Screenings screenings;
    @Autowired
    EpisodesOfCare episodes;
    @Autowired
    ReceivedEvents received;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void registeringACoupleWithATherapistIsHeardWithItsLifeStageAndConcerns(Scenario scenario) {
        var therapist = TestAccounts.staff(context, "events", Roles.THERAPIST);
        TestAccounts.signIn(context, TestAccounts.staff(context, "desk", Roles.FRONT_DESK).username());

        scenario.stimulate(() -> couples.register(TestCouples.registration(TestCouples.uniqueName(),
                        TestCouples.uniqueName(), therapist.staffId())))
                .andWaitForEventOfType(CoupleRegistered.class)
                .toArriveAndVerify((event, couple) -> {
                    received.awaitHeard(CoupleRegistered.class, heard -> heard.coupleId().equals(couple.id()));
                    assertThat(event.coupleId()).isEqualTo(couple.id());
                    assertThat(event.partnerAId()).isEqualTo(couple.partnerA().personId());
                    assertThat(event.lifeStage()).isEqualTo(LifeStage.COMMUNICATION_BREAKDOWN);
                    assertThat(event.concernTags()).containsExactly("communication");
                    EpisodeOpened opened = received.awaitHeard(EpisodeOpened.class,
                            heard -> heard.coupleId().equals(couple.id()));
                    assertThat(opened.primaryTherapistId()).isEqualTo(therapist.staffId());
                    assertThat(opened.episodeId()).isEqualTo(couple.openEpisode().orElseThrow().id());
                    TherapistAssigned assigned = received.awaitHeard(TherapistAssigned.class,
                            heard -> heard.coupleId().equals(couple.id()));
                    assertThat(assigned.primaryTherapistId()).isEqualTo(therapist.staffId());
                    assertThat(assigned.previousPrimaryTherapistId()).isNull();
                });
    }

    @Test
    void aFlaggedScreenAndTheDecisionOnItAreHeard(Scenario scenario) {
        var therapist = TestAccounts.staff(context, "screen", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        scenario.stimulate(() -> screenings.record(couple.id(), TestCouples.flaggedScreen()))
                .andWaitForEventOfType(ScreeningFlagRaised.class)
                .matching(raised -> raised.coupleId().equals(couple.id()))
                .toArriveAndVerify((raised, screen) -> {
                    assertThat(raised.screenId()).isEqualTo(screen.id());
                    assertThat(raised.flags()).containsExactly(ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);
                });

        scenario.stimulate(() -> screenings.decide(couple.id(), new NewDecision(ClinicalDecision.INDIVIDUAL_WORK_FIRST,
                        "Safety work with each partner first.", null)))
                .andWaitForEventOfType(ScreeningCleared.class)
                .toArriveAndVerify((cleared, decision) -> {
                    received.awaitHeard(ScreeningCleared.class, heard -> heard.decisionId().equals(decision.id()));
                    assertThat(cleared.decisionId()).isEqualTo(decision.id());
                    assertThat(cleared.decision()).isEqualTo(ClinicalDecision.INDIVIDUAL_WORK_FIRST);
                });
    }

    @Test
    void closingAnEpisodeIsHeardWithItsEndingDatesAndTherapists(Scenario scenario) {
        var therapist = TestAccounts.staff(context, "close", Roles.THERAPIST);
        var cover = TestAccounts.staff(context, "cover", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        UUID episode = couple.openEpisode().orElseThrow().id();
        TestCouples.asFrontDesk(context, () -> episodes.assignTherapists(couple.id(),
                new TherapistAssignment(therapist.staffId(), cover.staffId(), null)));
        TestAccounts.signIn(context, therapist.username());

        scenario.stimulate(() -> episodes.close(couple.id(), episode,
                        new EpisodeClosing(EpisodeEnding.DROPPED_OUT, "Stopped coming after three sessions.", null)))
                .andWaitForEventOfType(EpisodeClosed.class)
                .toArriveAndVerify(closed -> {
                    received.awaitHeard(EpisodeClosed.class, heard -> heard.episodeId().equals(episode));
                    assertThat(closed.episodeId()).isEqualTo(episode);
                    assertThat(closed.ending()).isEqualTo(EpisodeEnding.DROPPED_OUT);
                    assertThat(closed.openedOn()).isEqualTo(couple.openEpisode().orElseThrow().openedOn());
                    assertThat(closed.closedOn()).isNotNull();
                    assertThat(closed.primaryTherapistId()).isEqualTo(therapist.staffId());
                    assertThat(closed.coTherapistId()).isEqualTo(cover.staffId());
                });
        TherapistAssigned reassigned = received.awaitHeard(TherapistAssigned.class,
                assigned -> assigned.episodeId().equals(episode) && cover.staffId().equals(assigned.coTherapistId()));
        assertThat(reassigned.previousPrimaryTherapistId()).isEqualTo(therapist.staffId());
        assertThat(reassigned.previousCoTherapistId()).isNull();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {

        @Bean
        ReceivedEvents receivedEvents() {
            return new ReceivedEvents();
        }
    }

    /** Stands in for another module's listeners: after commit, asynchronously, in a transaction of its own. */
    static class ReceivedEvents {

        private final List<Object> events = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(CoupleRegistered event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(EpisodeOpened event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(TherapistAssigned event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(EpisodeClosed event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(ScreeningCleared event) {
            events.add(event);
        }

        /** Waits until a listener has received an event of this type that matches, and returns it. */
        <T> T awaitHeard(Class<T> type, Predicate<T> matching) {
            return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> events.stream()
                    .filter(type::isInstance).map(type::cast).filter(matching).findFirst(), Optional::isPresent).get();
        }
    }
}
