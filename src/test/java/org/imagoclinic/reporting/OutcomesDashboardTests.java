package org.imagoclinic.reporting;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outcomes dashboard on six couples of two therapists, their classes, sessions and endings seeded
 * once, every share worked out by hand. Therapist one's couples are registered (names, care team);
 * therapist two's exist only as events, outside our supervisor's care team. CSI-16 norms SD 10, r .91: reliable when |Δ| > 8.32,
 * cut-off 51.5. Therapist one (supervised by our supervisor) and therapist two:
 * <pre>
 * k1 (one) A 40 → 55, B 50 → 60   both recovered: both improved      3 attended, 1 no-show
 * k2 (one) A 30 → 40, B 45 → 48   improved, unchanged: one improved   2 attended
 * k3 (one) A 60 → 50, B 55 → 57   deteriorated, unchanged             1 attended, 1 no-show; dropped out
 * k4 (one) A 42                   too few scores                      1 attended
 * k5 (two) A 20 → 70, B 20 → 70   both recovered: both improved      2 attended
 * k6 (two) A 50 → 50, B 50 → 52   unchanged                          1 attended, 1 no-show; completed
 * </pre>
 */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesDashboardTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomesDashboards dashboards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    final String concern = "dashboard-" + UUID.randomUUID();
    TestStaff supervisor;
    TestStaff one;
    TestStaff two;
    Couple k1, k2, k3, k4;
    final UUID k5 = UUID.randomUUID(), k6 = UUID.randomUUID(), e5 = UUID.randomUUID(), e6 = UUID.randomUUID();

    @BeforeAll
    void sixCouplesOfTwoTherapists() {
        supervisor = TestAccounts.staff(context, "dashsup", Roles.SUPERVISOR);
        one = TestAccounts.supervisee(context, "dashone", supervisor.staffId());
        two = TestAccounts.staff(context, "dashtwo", Roles.THERAPIST);
        k1 = TestCouples.unscreenedCaredForBy(context, one.staffId());
        k2 = TestCouples.unscreenedCaredForBy(context, one.staffId());
        k3 = TestCouples.unscreenedCaredForBy(context, one.staffId());
        k4 = TestCouples.unscreenedCaredForBy(context, one.staffId());
        ClinicEvents.awaitReporting(context);
        ClinicEvents events = new ClinicEvents(context);
        for (Couple couple : new Couple[] {k1, k2, k3, k4}) {
            events.couple(couple.id(), of(2026, 12, 1), LifeStage.COMMUNICATION_BREAKDOWN, concern);
        }
        events.couple(k5, of(2026, 12, 1), LifeStage.COMMUNICATION_BREAKDOWN, concern)
                .opened(k5, e5, of(2026, 12, 7), two.staffId())
                .couple(k6, of(2026, 12, 1), LifeStage.COMMUNICATION_BREAKDOWN, concern)
                .opened(k6, e6, of(2026, 12, 7), two.staffId());
        scores(events, k1.id(), episode(k1), 40, 55, 50, 60);
        scores(events, k2.id(), episode(k2), 30, 40, 45, 48);
        scores(events, k3.id(), episode(k3), 60, 50, 55, 57);
        events.measure(k4.id(), k4.partnerA().personId(), episode(k4), 42, of(2026, 12, 7));
        scores(events, k5, e5, 20, 70, 20, 70);
        scores(events, k6, e6, 50, 50, 50, 52);
        events.attended(k1.id(), episode(k1), one.staffId(), of(2026, 12, 8), of(2026, 12, 15), of(2026, 12, 22))
                .missed(k1.id(), episode(k1), one.staffId(), of(2026, 12, 29))
                .attended(k2.id(), episode(k2), one.staffId(), of(2026, 12, 8), of(2026, 12, 15))
                .attended(k3.id(), episode(k3), one.staffId(), of(2026, 12, 8))
                .missed(k3.id(), episode(k3), one.staffId(), of(2026, 12, 15))
                .attended(k4.id(), episode(k4), one.staffId(), of(2026, 12, 8))
                .attended(k5, e5, two.staffId(), of(2026, 12, 8), of(2026, 12, 15))
                .attended(k6, e6, two.staffId(), of(2026, 12, 8))
                .missed(k6, e6, two.staffId(), of(2026, 12, 15))
                .closed(k3.id(), episode(k3), of(2026, 12, 7), of(2026, 12, 20), EpisodeEnding.DROPPED_OUT, one.staffId())
                .closed(k6, e6, of(2026, 12, 7), of(2026, 12, 20), EpisodeEnding.COMPLETED, two.staffId());
        events.publish();
    }

    private static UUID episode(Couple couple) {
        return couple.openEpisode().orElseThrow().id();
    }

    /** Each partner's baseline on 7 December and current score on 21 December. */
    private static void scores(ClinicEvents events, UUID couple, UUID episode, int aFrom, int aTo, int bFrom, int bTo) {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        events.measure(couple, a, episode, aFrom, of(2026, 12, 7)).measure(couple, a, episode, aTo, of(2026, 12, 21))
                .measure(couple, b, episode, bFrom, of(2026, 12, 7)).measure(couple, b, episode, bTo, of(2026, 12, 21));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ReportFilter filter() {
        return new ReportFilter(of(2026, 1, 1), of(2026, 12, 31), null, null, concern, null, ReportFilter.DEFAULT_INSTRUMENT);
    }

    private <T> T withNorms(String username, Supplier<T> work) {
        return ReportingTestData.withTestNorms(context, username, work);
    }

    private TherapistOutcomes rowOf(OutcomesDashboard dashboard, TestStaff therapist) {
        return dashboard.therapists().stream().filter(row -> therapist.staffId().equals(row.therapistId())).findFirst()
                .orElseThrow();
    }

    @Test
    void eachTherapistsSharesWithWilsonIntervalsBesideTheClinicsAndTheFunnelAroundIt() {
        OutcomesDashboard dashboard = withNorms(supervisor.username(), () -> dashboards.dashboard(filter()));

        assertThat(dashboard.therapists()).extracting(TherapistOutcomes::therapistId)
                .containsExactlyInAnyOrder(one.staffId(), two.staffId());
        assertThat(dashboard.norms().basis()).isEqualTo("published norms: Test norms, 2025 (SD 10, reliability 0.91)");
        TherapistOutcomes first = rowOf(dashboard, one);
        assertThat(first.episodes()).isEqualTo(4);
        assertThat(first.partnersImproved()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(3, 6);
        // 3 of 6: centre .5, half 1.19493 · √(.041667 + .026677) = .31239
        assertThat(first.partnersImproved().lower()).isCloseTo(0.1876, within(0.00005));
        assertThat(first.partnersImproved().upper()).isCloseTo(0.8124, within(0.00005));
        assertThat(first.couplesImproved()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(2, 3);
        assertThat(first.partnersDeteriorated()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(1, 6);
        assertThat(first.dropOut()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(1, 1);
        assertThat(first.attendance()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(7, 9);
        TherapistOutcomes second = rowOf(dashboard, two);
        assertThat(second.partnersImproved()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(2, 4);
        assertThat(second.couplesImproved()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(1, 2);
        assertThat(second.dropOut()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(0, 1);
        assertThat(second.attendance()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(3, 4);
        TherapistOutcomes clinic = dashboard.clinic();
        assertThat(clinic.partnersImproved()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(5, 10);
        assertThat(clinic.couplesImproved()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(3, 5);
        assertThat(clinic.attendance()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(10, 13);
        // around the clinic's .5 at n 6: ± 1.959964 · √(.25 / 6) = ± .40008
        assertThat(first.partnersFunnel().lower95()).isCloseTo(0.0999, within(0.00005));
        assertThat(first.partnersFunnel().upper95()).isCloseTo(0.9001, within(0.00005));
        assertThat(first.partnersFunnel().position(0.5)).isEqualTo("within the limits");
        assertThat(dashboard.drillDown()).isTrue();
    }

    @Test
    void theCouplesBehindAFigureAreExactlyThoseThatMakeIt() {
        CouplesBehind improved = withNorms(supervisor.username(),
                () -> dashboards.couplesBehind(filter(), one.staffId(), DashboardFigure.PARTNERS_IMPROVED));

        assertThat(improved.share()).extracting(ShareInterval::count, ShareInterval::n).containsExactly(3, 6);
        assertThat(improved.couples()).extracting(CouplesBehind.Line::coupleId, CouplesBehind.Line::counted,
                        CouplesBehind.Line::of)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(k1.id(), 2, 2),
                        org.assertj.core.groups.Tuple.tuple(k2.id(), 1, 2), org.assertj.core.groups.Tuple.tuple(k3.id(), 0, 2));
        assertThat(improved.couples()).filteredOn(line -> line.coupleId().equals(k1.id())).singleElement()
                .satisfies(line -> {
                    assertThat(line.name()).isEqualTo(k1.displayName());
                    assertThat(line.detail()).isEqualTo("Recovered; Recovered");
                });
        assertThat(improved.notListed()).isZero();

        CouplesBehind dropOut = withNorms(supervisor.username(),
                () -> dashboards.couplesBehind(filter(), one.staffId(), DashboardFigure.DROP_OUT));
        assertThat(dropOut.couples()).singleElement().satisfies(line -> {
            assertThat(line.coupleId()).isEqualTo(k3.id());
            assertThat(line.detail()).isEqualTo("Ended 2026-12-20: Dropped out after 1 session attended");
        });

        int audited = withNorms(supervisor.username(), () -> {
            CouplesBehind clinicWide = dashboards.couplesBehind(filter(), null, DashboardFigure.COUPLES_IMPROVED);
            assertThat(clinicWide.couples()).extracting(CouplesBehind.Line::coupleId)
                    .as("the supervisor's care team: therapist one's couples, not therapist two's")
                    .containsExactlyInAnyOrder(k1.id(), k2.id(), k3.id());
            assertThat(clinicWide.notListed()).isEqualTo(2);
            return jdbc.queryForObject("select count(*) from audit.audit_entry where subject_type = 'OutcomesDrillDown' "
                    + "and subject_id = 'COUPLES_IMPROVED' and reason like ?", Integer.class, "%presenting concern " + concern
                    + "%3 couples listed by name, 2 outside the care team%");
        });
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void anAdministratorSeesTheDashboardButNoCouplesBehindItATherapistTheirCouplesButNoDashboard() {
        // an administrator without a clinical role may not filter by presenting concern: the whole clinic's year
        ReportFilter wholeClinic = new ReportFilter(of(2026, 1, 1), of(2026, 12, 31), null, null, null, null,
                ReportFilter.DEFAULT_INSTRUMENT);
        OutcomesDashboard dashboard = withNorms("admin", () -> dashboards.dashboard(wholeClinic));

        assertThat(dashboard.drillDown()).isFalse();
        // a supervisor reads 3 partners improved; for an administrator without a clinical role it is fewer than 5
        assertThat(rowOf(withNorms(supervisor.username(), () -> dashboards.dashboard(wholeClinic)), one)
                .partnersImproved().count()).isEqualTo(3);
        assertThat(dashboard.smallCountsSuppressed()).isTrue();
        assertThat(rowOf(dashboard, one).partnersImproved()).extracting(ShareInterval::count, ShareInterval::share,
                ShareInterval::lower).containsOnlyNulls();
        assertThatThrownBy(() -> withNorms("admin",
                () -> dashboards.couplesBehind(wholeClinic, one.staffId(), DashboardFigure.PARTNERS_IMPROVED)))
                .isInstanceOf(ExplainedRefusal.class).hasMessageContaining("only therapists and supervisors");
        assertThatThrownBy(() -> withNorms(one.username(), () -> dashboards.dashboard(filter())))
                .isInstanceOf(ExplainedRefusal.class).hasMessageContaining("supervisors and administrators see it");
        // but a therapist lists the couples behind a figure of their own outcomes report: their own couples only
        assertThat(withNorms(one.username(), () -> dashboards.couplesBehind(filter(), null,
                DashboardFigure.PARTNERS_IMPROVED)).couples()).extracting(CouplesBehind.Line::coupleId)
                .containsExactlyInAnyOrder(k1.id(), k2.id(), k3.id());
    }

    @Test
    void theApiAnswersTheDashboardAndABadFilterWithAProblem() throws Exception {
        var asSupervisor = httpBasic(supervisor.username(), "staff-password-2026");
        mvc.perform(get("/api/reports/outcomes/therapists?from=2026-01-01&to=2026-12-31&concern=" + concern)
                        .with(asSupervisor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clinic.episodes").value(6))
                .andExpect(jsonPath("$.clinic.attendance.count").value(10))
                .andExpect(jsonPath("$.norms.instrument").value("CSI-16"));
        mvc.perform(get("/api/reports/outcomes/therapists?from=2026-12-31&to=2026-01-01").with(asSupervisor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("starts after it ends")));
        mvc.perform(get("/api/reports/outcomes/therapists/couples?figure=ATTENDANCE&row=" + one.staffId())
                        .with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/outcomes/therapists/couples?figure=ATTENDANCE&from=2026-01-01&to=2026-12-31&concern="
                        + concern + "&row=" + one.staffId()).with(asSupervisor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.share.count").value(7))
                .andExpect(jsonPath("$.couples.length()").value(4));
    }
}
