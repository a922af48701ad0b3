package org.imagoclinic.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every figure of the three reports on a hand-built caseload ({@link HandBuiltClinic}), worked out by hand. */
@ClinicIntegrationTest
class ReportFiguresTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Reports reports;

    HandBuiltClinic clinic;

    @BeforeEach
    void aCaseloadOfOurOwn() {
        clinic = new HandBuiltClinic(context, TestAccounts.staff(context, "figures", Roles.THERAPIST).staffId());
        clinic.events.publish();
        // a clinician who sees the whole clinic: the figures are filtered by presenting concern too
        TestAccounts.signIn(context, "supervisor");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the work with CSI-16 norms SD 10, r .91 (S_diff = 10·√2·√.09 = 4.243), then rolls them back. */
    private <T> T withNorms(Supplier<T> work) {
        return ReportingTestData.withTestNorms(context, "supervisor", work);
    }

    @Test
    void outcomesCountEpisodesClassesChangeAndEffectSize() {
        OutcomesReport report = withNorms(() -> reports.outcomes(clinic.filter()));

        // E1–E4 opened in 2025; E2 and E4 still open on 31 Dec; E1 completed, E3 dropped out. E5 is 2024's.
        assertThat(report.episodesStarted()).isEqualTo(4);
        assertThat(report.episodesActive()).isEqualTo(2);
        assertThat(report.episodesEnded()).isEqualTo(2);
        assertThat(report.endedBy()).isEqualTo(Map.of("COMPLETED", 1, "DROPPED_OUT", 1));
        assertThat(report.endedByInWords()).isEqualTo("Completed 1, Dropped out 1");
        // Reliable when |Δ| > 1.96 · 4.243 = 8.32: +15 and +10 crossing 51.5 recovered (E1 A, B), +10 staying
        // below improved (E2 A), +3 and +2 unchanged (E2 B, E3 B), −10 deteriorated (E3 A); E4 has 1 + 0 measures.
        assertThat(report.partners().classified()).isEqualTo(6);
        assertThat(report.partners().tooFewMeasures()).isEqualTo(2);
        assertThat(report.partners().count("RECOVERED")).isEqualTo(2);
        assertThat(report.partners().count("IMPROVED")).isEqualTo(1);
        assertThat(report.partners().count("NO_RELIABLE_CHANGE")).isEqualTo(2);
        assertThat(report.partners().count("DETERIORATED")).isEqualTo(1);
        assertThat(report.partners().classes().getFirst().share()).isCloseTo(2.0 / 6, within(1e-9));
        // Couples: E1 both improved, E2 one improved, E3 one deteriorated; E4 too few.
        assertThat(report.couples().classified()).isEqualTo(3);
        assertThat(report.couples().tooFewMeasures()).isEqualTo(1);
        assertThat(report.couples().count("BOTH_IMPROVED")).isEqualTo(1);
        assertThat(report.couples().count("ONE_IMPROVED")).isEqualTo(1);
        assertThat(report.couples().count("AT_LEAST_ONE_DETERIORATED")).isEqualTo(1);
        assertThat(report.couples().count("NO_RELIABLE_CHANGE")).isZero();
        // Baselines 40 50 30 45 60 55 (mean 46.667, SD 10.801), currents 55 60 40 48 50 57 (mean 51.667, SD 7.230):
        // d = 5 / √((116.667 + 52.267) / 2) = 5 / 9.1906 = 0.5440.
        ChangeFigures change = report.change();
        assertThat(change.partners()).isEqualTo(6);
        assertThat(change.meanBaseline()).isCloseTo(46.667, within(0.001));
        assertThat(change.meanCurrent()).isCloseTo(51.667, within(0.001));
        assertThat(change.meanChange()).isCloseTo(5.0, within(1e-9));
        assertThat(change.sdBaseline()).isCloseTo(10.801, within(0.001));
        assertThat(change.sdCurrent()).isCloseTo(7.230, within(0.001));
        assertThat(change.cohensD()).isCloseTo(0.5440, within(0.0005));
        assertThat(change.formula()).contains("SD_pooled = √((SD_baseline² + SD_current²) / 2)");
        assertThat(report.norms().source()).isEqualTo("Test norms, 2025");
        assertThat(report.norms().describe()).contains("classes from published norms: Test norms, 2025 (SD 10, reliability 0.91)");
        assertThat(report.norms().reliableChangeIn()).isCloseTo(8.316, within(0.001));
    }

    @Test
    void withoutNormsNoPartnerOrCoupleIsClassifiedAndTheReportSaysHowMany() {
        OutcomesReport report = reports.outcomes(clinic.filter());

        assertThat(report.norms().configured()).isFalse();
        assertThat(report.norms().describe()).contains("no partner or couple can be classified")
                .contains("more baselines needed");
        assertThat(report.partners().classified()).isZero();
        assertThat(report.partners().withoutNorms()).isEqualTo(6);
        assertThat(report.couples().classified()).isZero();
        assertThat(report.couples().withoutNorms()).isEqualTo(3);
        assertThat(report.couples().tooFewMeasures()).isEqualTo(1);
        assertThat(report.change().meanChange()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void filtersByPresentingConcernAndLifeStage() {
        ReportFilter base = clinic.filter();
        ReportFilter concern = new ReportFilter(base.from(), base.to(), clinic.therapist, null, clinic.concern, null, "CSI-16");
        ReportFilter affair = new ReportFilter(base.from(), base.to(), clinic.therapist, null, null, LifeStage.AFTER_AFFAIR, "CSI-16");

        OutcomesReport byConcern = withNorms(() -> reports.outcomes(concern));
        OutcomesReport byStage = withNorms(() -> reports.outcomes(affair));

        // The concern tag is on couples 1, 2 and 5 (5 is 2024's); "after an affair" on 1, 3 and 5.
        assertThat(byConcern.episodesStarted()).isEqualTo(2);
        assertThat(byConcern.partners().classified()).isEqualTo(4);
        assertThat(byConcern.couples().count("BOTH_IMPROVED")).isEqualTo(1);
        assertThat(byStage.episodesStarted()).isEqualTo(2);
        assertThat(byStage.endedBy()).isEqualTo(Map.of("COMPLETED", 1, "DROPPED_OUT", 1));
        assertThat(byStage.couples().count("AT_LEAST_ONE_DETERIORATED")).isEqualTo(1);
    }

    @Test
    void aSupervisorsTeamIsTheSupervisorAndTheirSuperviseesOnly() {
        // Staff of its own: the events' sessions make notes due for their therapist, which must not be a demo user.
        UUID supervisor = TestAccounts.staff(context, "team-lead", Roles.SUPERVISOR, Roles.THERAPIST).staffId();
        UUID member = TestAccounts.supervisee(context, "team-member", supervisor).staffId();
        HandBuiltClinic membersCaseload = new HandBuiltClinic(context, member);
        membersCaseload.events.publish();
        ReportFilter base = membersCaseload.filter();

        // The supervisor supervises the team member; the figures test's own therapist is on nobody's team.
        OutcomesReport supervisorsTeam = reports.outcomes(new ReportFilter(base.from(), base.to(), null, supervisor,
                membersCaseload.concern, null, "CSI-16"));
        OutcomesReport ownTeam = reports.outcomes(new ReportFilter(base.from(), base.to(), null, clinic.therapist,
                membersCaseload.concern, null, "CSI-16"));

        assertThat(supervisorsTeam.episodesStarted()).isEqualTo(2);
        assertThat(supervisorsTeam.therapists()).extracting(TherapistFigures::therapistId).containsExactly(member);
        assertThat(ownTeam.episodesStarted()).isZero();
    }

    @Test
    void theTherapistComparisonGivesTheNAndRanksNobodyOnFewerThanFiveCouples() {
        OutcomesReport report = withNorms(() -> reports.outcomes(clinic.filter()));

        assertThat(report.therapists()).singleElement().satisfies(line -> {
            assertThat(line.therapistId()).isEqualTo(clinic.therapist);
            assertThat(line.episodes()).isEqualTo(4);
            assertThat(line.couplesClassified()).isEqualTo(3);
            assertThat(line.shareCouplesImproved()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(line.partnersMeasured()).isEqualTo(6);
            assertThat(line.rank()).isNull();
            assertThat(line.note()).contains("fewer than 5 couples");
        });
    }

    @Test
    void theCaseloadTableAnswersThePeriodTheSummaryAnswers() {
        // From April: E1 and E2 (opened before) are in the period but did not start in it; E3 and E4 started in it.
        ReportFilter fromApril = new ReportFilter(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), clinic.therapist,
                null, null, null, ReportFilter.DEFAULT_INSTRUMENT);
        OutcomesReport report = reports.outcomes(fromApril);

        assertThat(report.episodesInPeriod()).isEqualTo(4);
        assertThat(report.episodesStarted()).isEqualTo(2);
        assertThat(report.therapists()).extracting(TherapistFigures::episodes).containsExactly(report.episodesInPeriod());
        assertThat(report.therapists()).extracting(TherapistFigures::started).containsExactly(report.episodesStarted());
    }

    @Test
    void engagementCountsAttendanceDropOutAndTimeToFirstSession() {
        EngagementReport report = reports.engagement(clinic.filter());

        // 2025: 12 attended (7 + 3 + 2), 2 no-shows, 2 late client cancellations → 16 due; E4's booking not yet due.
        assertThat(report.sessionsDue()).isEqualTo(16);
        assertThat(report.attended()).isEqualTo(12);
        assertThat(report.attendanceRate()).isCloseTo(0.75, within(1e-9));
        assertThat(report.noShowRate()).isCloseTo(0.125, within(1e-9));
        assertThat(report.lateCancelRate()).isCloseTo(0.125, within(1e-9));
        assertThat(report.cancelledByClient()).isEqualTo(3);
        assertThat(report.cancelledByClinic()).isEqualTo(1);
        // Ended: E1 after 7 sessions, E3 dropped out after 2 (< 6).
        assertThat(report.episodesEnded()).isEqualTo(2);
        assertThat(report.meanSessionsPerEpisode()).isCloseTo(4.5, within(1e-9));
        assertThat(report.dropOutThreshold()).isEqualTo(6);
        assertThat(report.dropOuts()).isEqualTo(1);
        assertThat(report.dropOutRate()).isCloseTo(0.5, within(1e-9));
        // Registration to first session: 20 Jan → 5 Feb 16 days, 20 Feb → 5 Mar 13, 25 Mar → 3 Apr 9.
        assertThat(report.firstSessions()).isEqualTo(3);
        assertThat(report.meanDaysToFirstSession()).isCloseTo(38.0 / 3, within(1e-9));
        assertThat(report.medianDaysToFirstSession()).isEqualTo(13.0);
        assertThat(report.monthly()).contains(new EngagementReport.Month("2025-03", 3, 1, 0),
                new EngagementReport.Month("2025-04", 4, 0, 2));
        // one therapist's couples: their row is the whole of it, with the same rates
        assertThat(report.byTherapist()).singleElement().satisfies(row -> {
            assertThat(row.therapistId()).isEqualTo(clinic.therapist);
            assertThat(row.sessionsDue()).isEqualTo(report.sessionsDue());
            assertThat(row.attended()).isEqualTo(report.attended());
            assertThat(row.noShowRate()).isEqualTo(report.noShowRate());
            assertThat(row.lateCancelRate()).isEqualTo(report.lateCancelRate());
        });
    }

    @Test
    void engagementTracesTheWaitlistAtTheEndOfEachMonth() {
        EngagementReport report = reports.engagement(clinic.filter());

        // 31 Jan: c1 (left 3 Feb); 28 Feb: c2 (left 3 Mar); c3 and c4 came and went within March and April;
        // 30 Jun: c5 (withdrawn 15 Jul); from 15 Nov c5 again, still waiting.
        assertThat(report.waitlist()).extracting(EngagementReport.Waiting::couples)
                .containsExactly(1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1);
        assertThat(report.waitlist().getFirst()).isEqualTo(new EngagementReport.Waiting("2025-01", LocalDate.of(2025, 1, 31), 1));
        assertThat(report.waitlist().getLast()).isEqualTo(new EngagementReport.Waiting("2025-12", LocalDate.of(2025, 12, 31), 1));
        assertThat(report.waitingNow()).isEqualTo(1);
        // Booked in 2025 after 24, 30, 19 and 23 days (2024's 38 days fall outside): median 23.5.
        assertThat(report.bookedFromWaitlist()).isEqualTo(4);
        assertThat(report.medianDaysWaited()).isEqualTo(23.5);
    }

    @Test
    void theWaitlistFollowsTheConcernFilterAndAShortPeriod() {
        EngagementReport report = reports.engagement(new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 15),
                clinic.therapist, null, clinic.concern, null, ReportFilter.DEFAULT_INSTRUMENT));

        // c1, c2 and c5 have the concern; February's point is the period's last day, when c2 was waiting;
        // c5 waits today; only c1 was booked in the period.
        assertThat(report.waitlist()).containsExactly(new EngagementReport.Waiting("2025-01", LocalDate.of(2025, 1, 31), 1),
                new EngagementReport.Waiting("2025-02", LocalDate.of(2025, 2, 15), 1));
        assertThat(report.waitingNow()).isEqualTo(1);
        assertThat(report.bookedFromWaitlist()).isEqualTo(1);
        assertThat(report.medianDaysWaited()).isEqualTo(24.0);
    }

    @Test
    void practiceCountsDialoguesSkillsRequestsOverdueMeasuresAndNotes() {
        PracticeReport report = reports.practice(clinic.filter());

        assertThat(report.episodes()).isEqualTo(4);
        assertThat(report.dialogues()).isEqualTo(3);
        assertThat(report.dialoguesPerCouple()).isCloseTo(0.75, within(1e-9));
        assertThat(report.skillTrend()).containsExactly(
                new PracticeReport.SkillMonth("2025-03", 2, 2, null, null, null, 2.5, 2.0, 1.0, null),
                new PracticeReport.SkillMonth("2025-05", 1, 1, null, null, null, 4.0, 3.0, 3.0, 2.0));
        // Three requests; the first kept at its latest follow-up, the second only partly, the third not followed up.
        assertThat(report.requestsMade()).isEqualTo(3);
        assertThat(report.requestsFollowedUp()).isEqualTo(2);
        assertThat(report.requestsKept()).isEqualTo(1);
        assertThat(report.keptShare()).isCloseTo(0.5, within(1e-9));
        // On 31 Dec: E2 measured 10 Dec (within 28 days), E4 last on 10 May: overdue.
        assertThat(report.measuresOverdue()).isEqualTo(1);
        assertThat(report.notesSigned()).isEqualTo(3);
        assertThat(report.notesAwaitingCoSignature()).isEqualTo(1);
        // Home practice per week beside each couple's CSI change, by opening day: E1 5 logs (60 dialogue
        // minutes) in 242 days, +15 and +10; E2 1 log in 306 days, +10 and +3; E3 none, -10 and +2; E4 none, one score.
        assertThat(report.couples()).extracting(PracticeReport.CouplePractice::openedOn, PracticeReport.CouplePractice::logs,
                        PracticeReport.CouplePractice::partnersMeasured, PracticeReport.CouplePractice::meanChange)
                .containsExactly(tuple(LocalDate.of(2025, 2, 1), 5, 2, 12.5), tuple(LocalDate.of(2025, 3, 1), 1, 2, 6.5),
                        tuple(LocalDate.of(2025, 4, 1), 0, 2, -4.0), tuple(LocalDate.of(2025, 5, 1), 0, 0, null));
        PracticeReport.CouplePractice e1 = report.couples().getFirst();
        assertThat(e1.weeks()).isCloseTo(242 / 7.0, within(1e-9));
        assertThat(e1.logsPerWeek()).isCloseTo(5 * 7 / 242.0, within(1e-9));
        assertThat(e1.dialogueMinutesPerWeek()).isCloseTo(60 * 7 / 242.0, within(1e-9));
        assertThat(report.couples().get(1).logsPerWeek()).isCloseTo(7 / 306.0, within(1e-9));
    }
}
