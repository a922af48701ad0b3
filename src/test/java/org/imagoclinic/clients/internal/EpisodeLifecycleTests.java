package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.clients.TherapistAssignment;
import org.imagoclinic.security.CareTeamDirectory;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Episodes of care over the years: one open at a time, dated steps, the care team following the open one (and a closed one for 30 days). */
@ClinicIntegrationTest
class EpisodeLifecycleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    EpisodesOfCare episodes;
    @Autowired
    CareTeamDirectory careTeams;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoPeopleOpeningAnEpisodeAtTheSameMomentGetOneEpisodeBetweenThem() throws Exception {
        var desk = TestAccounts.staff(context, "race", Roles.FRONT_DESK);
        TestAccounts.signIn(context, desk.username());
        Couple couple = couples.register(TestCouples.registration());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                attempts.add(pool.submit(() -> {
                    TestAccounts.signIn(context, desk.username());
                    together.await();
                    try {
                        return episodes.open(couple.id(), new NewEpisode(null, null, null));
                    } catch (ConflictException refused) {
                        return refused;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> attempt : attempts) {
                results.add(attempt.get());
            }
            assertThat(results).filteredOn(Episode.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(ConflictException.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((ConflictException) refusal).getMessage())
                            .contains("already have an open episode"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from clients.episode where couple_id = ? and status <> 'CLOSED'",
                Integer.class, couple.id())).isEqualTo(1);
    }

    @Test
    void aCoupleReturnsForASecondEpisodeWithANewTherapistWhoIsThenTheirCareTeam() {
        var first = TestAccounts.staff(context, "first", Roles.THERAPIST);
        var second = TestAccounts.staff(context, "second", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, first.staffId());
        UUID firstEpisode = couple.openEpisode().orElseThrow().id();
        TestAccounts.signIn(context, first.username());
        episodes.start(couple.id(), firstEpisode, StatusChange.today());
        episodes.close(couple.id(), firstEpisode, new EpisodeClosing(EpisodeEnding.COMPLETED, "Goals reached.", null));
        // the closing therapist still writes the closing note
        assertThat(careTeams.careTeamOf(couple.id())).containsExactly(first.staffId());

        TestAccounts.signIn(context, "frontdesk");
        Episode again = episodes.open(couple.id(), new NewEpisode(null, second.staffId(), first.staffId()));

        assertThat(careTeams.careTeamOf(couple.id())).containsExactlyInAnyOrder(second.staffId(), first.staffId());
        assertThat(episodes.episodesOf(couple.id())).extracting(Episode::id, Episode::status)
                .containsExactly(tuple(again.id(), EpisodeStatus.INTAKE),
                        tuple(firstEpisode, EpisodeStatus.CLOSED));
    }

    @Test
    void theClosingTherapistsStayOnTheCareTeamForThirtyDaysToFinishTheRecordThenOnlyBreakGlassOpensIt() {
        var therapist = TestAccounts.staff(context, "closing", Roles.THERAPIST);
        var desk = TestAccounts.staff(context, "closing", Roles.FRONT_DESK);
        TestAccounts.signIn(context, desk.username());
        LocalDate opened = LocalDate.now(TestClinicClock.clinic()).minusDays(120);
        Couple lately = couples.register(TestCouples.registration());
        Couple longAgo = couples.register(TestCouples.registration());
        UUID latelyEpisode = episodes.open(lately.id(), new NewEpisode(opened, therapist.staffId(), null)).id();
        UUID longAgoEpisode = episodes.open(longAgo.id(), new NewEpisode(opened, therapist.staffId(), null)).id();
        TestAccounts.signIn(context, therapist.username());
        episodes.start(lately.id(), latelyEpisode, new StatusChange(opened, null));
        episodes.start(longAgo.id(), longAgoEpisode, new StatusChange(opened, null));

        episodes.close(lately.id(), latelyEpisode, new EpisodeClosing(EpisodeEnding.COMPLETED, "Goals reached.",
                LocalDate.now(TestClinicClock.clinic()).minusDays(30)));
        episodes.close(longAgo.id(), longAgoEpisode, new EpisodeClosing(EpisodeEnding.DROPPED_OUT, "Stopped coming.",
                LocalDate.now(TestClinicClock.clinic()).minusDays(31)));

        assertThat(careTeams.careTeamOf(lately.id())).containsExactly(therapist.staffId());
        assertThat(careTeams.careTeamOf(longAgo.id())).isEmpty();
        ClinicalAccess access = context.getBean(ClinicalAccess.class);
        access.require(RecordKind.SESSION_NOTE, lately.id(), AuditAction.VIEW, "Couple", lately.id());
        assertThatThrownBy(() -> access.require(RecordKind.SESSION_NOTE, longAgo.id(), AuditAction.VIEW, "Couple", longAgo.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEpisodeStartsOnlyWithAPrimaryTherapistAndStepsAreDatedSensibly() {
        var therapist = TestAccounts.staff(context, "dates", Roles.THERAPIST);
        TestAccounts.signIn(context, "frontdesk");
        Couple couple = couples.register(TestCouples.registration());
        Episode episode = episodes.open(couple.id(), new NewEpisode(LocalDate.now(TestClinicClock.clinic()).minusDays(10), null, null));
        TestAccounts.signIn(context, therapist.username());

        assertThatThrownBy(() -> episodes.start(couple.id(), episode.id(), StatusChange.today()))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(context, "frontdesk");
        episodes.assignTherapists(couple.id(), new TherapistAssignment(therapist.staffId(), null,
                LocalDate.now(TestClinicClock.clinic()).minusDays(5)));
        assertThatThrownBy(() -> episodes.assignTherapists(couple.id(),
                new TherapistAssignment(therapist.staffId(), therapist.staffId(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("someone other than the primary");
        TestAccounts.signIn(context, therapist.username());
        assertThatThrownBy(() -> episodes.start(couple.id(), episode.id(),
                new StatusChange(LocalDate.now(TestClinicClock.clinic()).minusDays(11), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the episode opened");
        assertThatThrownBy(() -> episodes.start(couple.id(), episode.id(),
                new StatusChange(LocalDate.now(TestClinicClock.clinic()).minusDays(6), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the episode's last change");
        assertThatThrownBy(() -> episodes.close(couple.id(), episode.id(),
                new EpisodeClosing(EpisodeEnding.DROPPED_OUT, "Did not return.", LocalDate.now(TestClinicClock.clinic()).plusDays(1))))
                .isInstanceOf(InvalidInputException.class).hasMessage("The day can't be in the future.");

        Episode started = episodes.start(couple.id(), episode.id(), new StatusChange(LocalDate.now(TestClinicClock.clinic()).minusDays(3), null));
        assertThat(started.startedOn()).isEqualTo(LocalDate.now(TestClinicClock.clinic()).minusDays(3));
        assertThat(started.changes()).extracting(Episode.Change::kind).containsExactly(Episode.ChangeKind.OPENED,
                Episode.ChangeKind.THERAPISTS_ASSIGNED, Episode.ChangeKind.STARTED);
    }

    @Test
    void anEpisodeWithoutAPrimaryTherapistDoesNotStartEvenForSomeoneWhoMayOpenIt() {
        var covering = TestAccounts.staff(context, "cover", Roles.THERAPIST);
        TestAccounts.signIn(context, "frontdesk");
        Couple couple = couples.register(TestCouples.registration());
        Episode episode = episodes.open(couple.id(), new NewEpisode(null, null, null));
        TestAccounts.signIn(context, covering.username());
        context.getBean(ClinicalAccess.class).breakGlass(couple.id(), BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Covering the intake while the team is away");

        assertThatThrownBy(() -> episodes.start(couple.id(), episode.id(), StatusChange.today()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Assign a primary therapist before the episode starts.");
    }
}
