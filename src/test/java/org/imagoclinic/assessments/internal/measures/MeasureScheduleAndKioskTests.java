package org.imagoclinic.assessments.internal.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.KioskLink;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasureKiosk;
import org.imagoclinic.assessments.MeasureOccasion;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.assessments.OutcomeReport;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Measures due from real events, outcomes without norms, and the one-time kiosk link. */
@ClinicIntegrationTest
class MeasureScheduleAndKioskTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MeasuresDue due;
    @Autowired
    MeasureAdministrations administrations;
    @Autowired
    MeasureOutcomes outcomes;
    @Autowired
    MeasureKiosk kiosk;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBaselineIsDueWhenTheEpisodeOpensAndAReviewAfterEveryFourthJointSession() {
        TestStaff therapist = TestAccounts.staff(context, "due", Roles.THERAPIST);
        LocalDate opened = LocalDate.now(TestClinicClock.clinic()).minusDays(35);
        Couple couple = TestCouples.asFrontDesk(context, () -> {
            Couple registered = context.getBean(Couples.class).register(TestCouples.registration());
            context.getBean(EpisodesOfCare.class).open(registered.id(), new NewEpisode(opened, therapist.staffId(), null));
            return context.getBean(Couples.class).get(registered.id());
        });
        UUID episodeId = couple.openEpisode().orElseThrow().id();
        TestAccounts.signIn(context, therapist.username());

        assertThat(awaitDue(couple, list -> !list.isEmpty())).extracting(MeasureDue::occasion)
                .containsExactly(MeasureOccasion.BASELINE);
        LocalDate firstSession = LocalDate.now(TestClinicClock.clinic()).minusDays(28);
        enter(couple.partnerA().personId(), couple, firstSession);
        enter(couple.partnerB().personId(), couple, firstSession);
        assertThat(due.dueOf(couple.id())).as("the baseline is taken").isEmpty();

        UUID fourth = null;
        for (int week = 0; week < 4; week++) {
            fourth = UUID.randomUUID();
            complete(fourth, couple, episodeId, therapist, firstSession.plusWeeks(week), true);
        }
        complete(UUID.randomUUID(), couple, episodeId, therapist, firstSession.plusDays(1), false); // individual: not counted
        complete(fourth, couple, episodeId, therapist, firstSession.plusWeeks(3), true); // delivered twice: counted once

        List<MeasureDue> review = awaitDue(couple, list -> !list.isEmpty());
        assertThat(review).singleElement().satisfies(measure -> {
            assertThat(measure.occasion()).isEqualTo(MeasureOccasion.REVIEW);
            assertThat(measure.description()).isEqualTo("Review after 4 joint sessions");
            assertThat(measure.dueFrom()).as("from the day of the fourth session").isEqualTo(firstSession.plusWeeks(3));
            assertThat(measure.partnersMissing()).containsExactly(couple.partnerA().displayName(),
                    couple.partnerB().displayName());
        });
        assertThat(due.dueForMe()).extracting(MeasureDue::coupleId).contains(couple.id());
        assertThat(jdbc.queryForObject("select joint_sessions from assessments.episode_tracking where episode_id = ?",
                Integer.class, episodeId)).isEqualTo(4);

        enter(couple.partnerA().personId(), couple, firstSession.plusWeeks(3));
        assertThat(due.dueOf(couple.id())).singleElement()
                .satisfies(measure -> assertThat(measure.partnersMissing()).containsExactly(couple.partnerB().displayName()));

        MeasureDue closing = due.planClosingMeasure(couple.id());
        assertThat(closing.occasion()).isEqualTo(MeasureOccasion.CLOSING);
        assertThat(due.dueOf(couple.id())).extracting(MeasureDue::occasion)
                .containsExactly(MeasureOccasion.REVIEW, MeasureOccasion.CLOSING);
    }

    @Test
    void withoutNormsTheOutcomeGivesScoresButNoClassAndSaysWhy() {
        TestStaff therapist = TestAccounts.staff(context, "out", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        UUID alex = couple.partnerA().personId();
        administrations.record(couple.id(), new AdministrationRequest("CSI-4", alex, LocalDate.now(TestClinicClock.clinic()).minusDays(60),
                List.of(1, 1, 1, 1)));
        administrations.record(couple.id(), new AdministrationRequest("CSI-4", alex, LocalDate.now(TestClinicClock.clinic()), List.of(5, 5, 5, 5)));

        OutcomeReport report = outcomes.outcomesOf(couple.id());

        assertThat(report.episodeId()).isEqualTo(couple.openEpisode().orElseThrow().id());
        assertThat(report.instruments()).singleElement().satisfies(csi4 -> {
            assertThat(csi4.norms()).isNull();
            assertThat(csi4.noClassificationReason()).startsWith("No classification yet").contains("more baselines needed");
            assertThat(csi4.coupleOutcome()).isNull();
            assertThat(csi4.partners().getFirst().baseline().score()).isEqualTo(4);
            assertThat(csi4.partners().getFirst().current().score()).isEqualTo(20);
            assertThat(csi4.partners().getFirst().outcome()).isNull();
            assertThat(csi4.partners().get(1).scores()).isEmpty();
        });
    }

    @Test
    void aKioskLinkWorksOnceForOnePartnerIsStoredHashedAndExpires() {
        TestStaff therapist = TestAccounts.staff(context, "kiosk", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        KioskLink link = kiosk.open(couple.id(), couple.partnerB().personId(), "CSI-4");
        KioskLink expiring = kiosk.open(couple.id(), couple.partnerA().personId(), "CSI-4");
        String token = link.path().substring("/kiosk/".length());
        assertThat(link.expiresAt()).isBetween(TestClinicClock.current().plus(Duration.ofMinutes(29)), TestClinicClock.current().plus(Duration.ofMinutes(31)));
        assertThat(jdbc.queryForObject("select token_hash from assessments.kiosk_link where id = ?", String.class, link.id()))
                .isEqualTo(KioskTokens.hash(token)).isNotEqualTo(token);
        SecurityContextHolder.clearContext(); // the tablet: nobody signed in

        assertThat(kiosk.formFor(token).partnerFirstName()).isEqualTo("Sam");
        assertThatThrownBy(() -> kiosk.submit(token, java.util.Arrays.asList(1, null, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Item 2 has no answer.");
        kiosk.submit(token, List.of(0, 5, 5, 5));
        assertThatThrownBy(() -> kiosk.submit(token, List.of(1, 1, 1, 1))).isInstanceOf(NotFoundException.class)
                .hasMessage(KioskService.NOT_USABLE);
        assertThatThrownBy(() -> kiosk.formFor(token)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kiosk.formFor("made-up-token")).isInstanceOf(NotFoundException.class);

        // expired a second ago by the clinic's clock (the database server's own clock is another time in tests)
        jdbc.update("update assessments.kiosk_link set expires_at = ? where id = ?",
                java.time.OffsetDateTime.now(TestClinicClock.clinic()).minusSeconds(1), expiring.id());
        assertThatThrownBy(() -> kiosk.formFor(expiring.path().substring("/kiosk/".length())))
                .isInstanceOf(NotFoundException.class);

        TestAccounts.signIn(context, therapist.username());
        List<Administration> kept = administrations.administrationsOf(couple.id());
        assertThat(kept).singleElement().satisfies(administration -> {
            assertThat(administration.partnerId()).isEqualTo(couple.partnerB().personId());
            assertThat(administration.score()).isEqualTo(15);
            assertThat(administration.enteredVia()).isEqualTo(AdministrationSource.KIOSK);
        });
        assertThat(jdbc.queryForList("select action || ' ' || username from audit.audit_entry where couple_id = ? "
                + "and subject_type in ('KioskLink', 'MeasureAdministration')", String.class, couple.id()))
                .contains("CREATE " + therapist.username(), "VIEW kiosk", "CREATE kiosk");
    }

    private void enter(UUID partnerId, Couple couple, LocalDate on) {
        administrations.record(couple.id(), new AdministrationRequest("CSI-4", partnerId, on, List.of(3, 3, 3, 3)));
    }

    private void complete(UUID appointmentId, Couple couple, UUID episodeId, TestStaff therapist, LocalDate day, boolean joint) {
        Instant start = day.atTime(10, 0).atZone(TestClinicClock.clinic().getZone()).toInstant();
        List<UUID> persons = joint ? List.of(couple.partnerA().personId(), couple.partnerB().personId())
                : List.of(couple.partnerA().personId());
        transactions.executeWithoutResult(status -> events.publishEvent(new SessionCompleted(appointmentId,
                joint ? AppointmentKind.JOINT : AppointmentKind.INDIVIDUAL, couple.id(), persons, episodeId,
                List.of(therapist.staffId()), start, start.plus(Duration.ofMinutes(90)), joint, TestClinicClock.current())));
    }

    private List<MeasureDue> awaitDue(Couple couple, java.util.function.Predicate<List<MeasureDue>> until) {
        return Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> due.dueOf(couple.id()), until);
    }

}
