package org.imagoclinic.assessments.internal.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Norms from the clinic's own baselines (ADR 0032), on an instrument of the test's own with three
 * items (the third printed from its high end, as CSI-16 item 2 is), so that the CSI-16 figures other
 * test classes see stay theirs. The baseline forms are those of {@code ReferenceGroupTests}, worked by
 * hand: five forms six times over, SD₁ = √(352.8 / 29) = 3.48791, α = 13/14; with a 31st baseline
 * scoring (0, 0, 1): n = 31, SD₁ = 3.77599, α = .93937.
 */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicNormsTests {

    /** Item scores of the five forms; six times over they are the thirty baselines. */
    static final int[][] FIVE = {{1, 2, 2}, {2, 2, 3}, {3, 4, 3}, {4, 4, 5}, {5, 5, 4}};

    @Autowired
    ApplicationContext context;
    @Autowired
    MeasureAdministrations administrations;
    @Autowired
    MeasureOutcomes outcomes;
    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    ClinicSampleNorms clinicNorms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private TestStaff therapist;
    private final List<Couple> couples = new ArrayList<>();
    private String code;

    @BeforeAll
    void sixteenCouplesInOneTherapistsCare() {
        therapist = TestAccounts.staff(context, "sample", Roles.THERAPIST);
        for (int i = 0; i < 16; i++) {
            couples.add(TestCouples.caredForBy(context, therapist.staffId()));
        }
    }

    @BeforeEach
    void anInstrumentOfItsOwn() {
        code = "T3-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into assessments.instrument (code, name, citation, licence_note, min_score, max_score, "
                + "higher_is_better) values (?, 'Three items', '-', '-', 0, 15, true)", code);
        for (int item = 1; item <= 3; item++) {
            jdbc.update("insert into assessments.instrument_item (instrument_code, number, stem, kind) values (?, ?, ?, 'SCALE')",
                    code, item, "Item " + item);
            for (int position = 0; position <= 5; position++) {
                jdbc.update("insert into assessments.item_option (instrument_code, item_number, position, label, score) "
                        + "values (?, ?, ?, ?, ?)", code, item, position, "option " + position, item == 3 ? 5 - position : position);
            }
        }
        TestAccounts.signIn(context, therapist.username());
    }

    @AfterEach
    void removeTheInstrument() {
        SecurityContextHolder.clearContext();
        for (String table : List.of("administration", "clinic_norms_freeze", "clinic_norms", "item_option", "instrument_item")) {
            jdbc.update("delete from assessments." + table + " where instrument_code = ?", code);
        }
        jdbc.update("delete from assessments.instrument where code = ?", code);
    }

    @Test
    void fromTheThirtiethBaselineOnPartnersAreClassifiedByTheClinicsOwnFigures() {
        LocalDate start = today().minusDays(60);
        for (int n = 0; n < 29; n++) {
            baseline(n, start);
        }
        Couple first = couples.getFirst();
        enter(first, true, today(), FIVE[3]);   // 5 → 13
        enter(first, false, today(), new int[] {2, 3, 3}); // 7 → 8

        InstrumentOutcome before = outcome(first);
        assertThat(before.norms()).isNull();
        assertThat(before.noClassificationReason()).contains("has 29 baselines").contains("1 more baseline needed");
        assertThat(before.partners()).allSatisfy(partner -> assertThat(partner.outcome()).isNull());

        baseline(29, start);

        InstrumentOutcome after = outcome(first);
        Norms norms = after.norms();
        assertThat(norms).isNotNull();
        assertThat(norms.published()).isFalse();
        assertThat(norms.sd().doubleValue()).isCloseTo(3.48791, within(0.00001));
        assertThat(norms.reliability().doubleValue()).isCloseTo(13.0 / 14.0, within(1e-9));
        assertThat(norms.describe()).isEqualTo("clinic sample, n = 30 baselines, SD 3.5, α .93, as of 2026-12-07");
        assertThat(norms.clinicSample().baselines()).isEqualTo(30);
        assertThat(after.noClassificationReason()).isNull();
        // S_diff = 1.31831: 8 points is RC 6.07, 1 point is RC 0.76
        assertThat(after.partners().get(0).reliableChangeIndex()).isCloseTo(8 / 1.31831, within(0.001));
        assertThat(after.partners()).extracting(p -> p.outcome())
                .containsExactly(OutcomeClass.IMPROVED, OutcomeClass.NO_RELIABLE_CHANGE);
        assertThat(after.coupleOutcome()).isNotNull();

        TestAccounts.signIn(context, "admin");
        ClinicSampleNorms.History history = clinicNorms.history(code);
        assertThat(history.current().baselines()).isEqualTo(30);
        assertThat(history.history()).extracting(f -> f.baselines()).startsWith(30, 29, 28);
        assertThat(history.history()).allSatisfy(f -> assertThat(f.asOf()).isEqualTo(today()));
    }

    @Test
    void frozenFiguresStayAsNewBaselinesArriveAndPublishedNormsAlwaysWin() throws Exception {
        TestAccounts.signIn(context, "admin");
        assertThatThrownBy(() -> clinicNorms.freeze(code)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("30 more baselines needed");
        TestAccounts.signIn(context, therapist.username());
        for (int n = 0; n < 30; n++) {
            baseline(n, today().minusDays(30));
        }
        Couple first = couples.getFirst();
        enter(first, true, today(), FIVE[3]);
        long before = jdbc.queryForObject("select count(*) from assessments.clinic_norms where instrument_code = ?", Long.class, code);
        enter(first, false, today(), FIVE[4]);
        assertThat(jdbc.queryForObject("select count(*) from assessments.clinic_norms where instrument_code = ?", Long.class, code))
                .as("a later form is no baseline and changes nothing").isEqualTo(before);

        mvc.perform(put("/api/measures/instruments/" + code + "/clinic-norms").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"frozen\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frozen").value(true))
                .andExpect(jsonPath("$.current.baselines").value(30));

        Couple sixteenth = couples.get(15);
        enter(sixteenth, true, today().minusDays(7), new int[] {0, 0, 1});
        Norms frozen = outcome(first).norms();
        assertThat(frozen.clinicSample().baselines()).isEqualTo(30);
        assertThat(frozen.describe()).endsWith("as of 2026-12-07, frozen by an administrator");

        mvc.perform(put("/api/measures/instruments/" + code + "/clinic-norms").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"frozen\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frozen").value(false))
                .andExpect(jsonPath("$.current.baselines").value(31));
        Norms thawed = outcome(first).norms();
        assertThat(thawed.sd().doubleValue()).isCloseTo(3.77599, within(0.00001));
        assertThat(thawed.reliability().doubleValue()).isCloseTo(0.93937, within(0.00001));
        mvc.perform(get("/api/measures/instruments/" + code + "/clinic-norms").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].baselines").value(31))
                .andExpect(jsonPath("$.history[1].baselines").value(30));

        TestAccounts.signIn(context, "admin");
        catalogue.updateNorms(code, new Norms(new BigDecimal("2.0"), new BigDecimal("0.80"), "A published study, 2024"));
        TestAccounts.signIn(context, therapist.username());
        Norms published = outcome(first).norms();
        assertThat(published.published()).isTrue();
        assertThat(published.describe()).startsWith("published norms: A published study, 2024");
    }

    @Test
    void publishedNormsKeepTheirHistoryAndEachDayIsJudgedByTheSetInForceThen() throws Exception {
        TestAccounts.signIn(context, "admin");
        catalogue.updateNorms(code, new Norms(new BigDecimal("2.0"), new BigDecimal("0.80"), "Study A, 2019"));
        catalogue.updateNorms(code, new Norms(new BigDecimal("3.0"), new BigDecimal("0.90"), "Study B, 2024",
                today().minusMonths(1)));
        mvc.perform(put("/api/measures/instruments/" + code + "/norms").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sd\": 4.0, \"reliability\": 0.85, \"source\": \"Study C, 2026\", \"effectiveFrom\": \""
                                + today().plusMonths(1) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.norms.source").value("Study B, 2024"));

        assertThat(sourceOn(today().minusMonths(2))).as("before the first dated set").isEqualTo("Study A, 2019");
        assertThat(sourceOn(today().minusMonths(1))).isEqualTo("Study B, 2024");
        assertThat(sourceOn(today().plusMonths(1))).isEqualTo("Study C, 2026");
        assertThat(catalogue.find(code).orElseThrow().norms().describe())
                .isEqualTo("published norms: Study B, 2024 (SD 3, reliability 0.9, in force from " + today().minusMonths(1) + ")");
        TestAccounts.signIn(context, "admin");
        assertThat(catalogue.normsHistory(code)).extracting(entry -> entry.norms().source() + (entry.inForceToday() ? " *" : ""))
                .containsExactly("Study C, 2026", "Study B, 2024 *", "Study A, 2019");

        mvc.perform(put("/api/measures/instruments/" + code + "/norms").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sd\": 4.0, \"reliability\": 0.85, \"source\": \"Typo\", \"effectiveFrom\": \"1850-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.effectiveFrom").value(org.hamcrest.Matchers.containsString("Check the year")));
        mvc.perform(get("/api/measures/instruments/" + code + "/norms").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].norms.effectiveFrom").value(today().plusMonths(1).toString()))
                .andExpect(jsonPath("$[2].norms.effectiveFrom").doesNotExist());
        assertThat(jdbc.queryForList("select reason from audit.audit_entry where subject_type = 'InstrumentNorms' "
                + "and subject_id = ?", String.class, code)).hasSize(3).anyMatch(reason -> reason.contains("in force from "
                + today().plusMonths(1)));
    }

    private String sourceOn(LocalDate day) {
        return catalogue.find(code, day).orElseThrow().norms().source();
    }

    @Test
    void theFreezeIsInTheApiDocumentation() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/measures/instruments/{code}/clinic-norms'].get").exists())
                .andExpect(jsonPath("$.paths['/api/measures/instruments/{code}/clinic-norms'].put").exists());
    }

    private void baseline(int n, LocalDate on) {
        enter(couples.get(n / 2), n % 2 == 0, on, FIVE[n % 5]);
    }

    private void enter(Couple couple, boolean partnerA, LocalDate on, int[] itemScores) {
        // positions as printed: item 3 is printed from its high end
        List<Integer> answers = List.of(itemScores[0], itemScores[1], 5 - itemScores[2]);
        UUID partner = partnerA ? couple.partnerA().personId() : couple.partnerB().personId();
        TestAccounts.signIn(context, therapist.username());
        administrations.record(couple.id(), new AdministrationRequest(code, partner, on, new ArrayList<>(answers)));
    }

    private InstrumentOutcome outcome(Couple couple) {
        TestAccounts.signIn(context, therapist.username());
        return outcomes.outcomesOf(couple.id()).instruments().stream()
                .filter(instrument -> instrument.instrumentCode().equals(code)).findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(TestClinicClock.clinic());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD);
    }
}
