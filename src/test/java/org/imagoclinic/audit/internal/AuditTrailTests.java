package org.imagoclinic.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@ClinicIntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntryWhoeverAsks() {
        UUID couple = UUID.randomUUID();
        trail.record(AuditRecord.allowed(AuditAction.VIEW, "SessionNote", "n1").ofCouple(couple), actor("sql"));

        // the application's own role may not (ADR 0034); DatabaseRolesTests shows the trigger stopping the owner
        assertThatThrownBy(() -> jdbc.update("update audit.audit_entry set outcome = 'DENIED' where couple_id = ?", couple))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit.audit_entry where couple_id = ?", couple))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("truncate audit.audit_entry"))
                .hasStackTraceContaining("permission denied");
        assertThat(jdbc.queryForObject("select outcome from audit.audit_entry where couple_id = ?", String.class, couple))
                .isEqualTo("ALLOWED");
    }

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void filtersByPersonCoupleActionAndDay() {
        UUID couple = UUID.randomUUID();
        String who = "filter-" + UUID.randomUUID().toString().substring(0, 6);
        trail.record(AuditRecord.allowed(AuditAction.VIEW, "ImagoProfile", 1).ofCouple(couple), actor(who));
        trail.record(AuditRecord.allowed(AuditAction.UPDATE, "ImagoProfile", 1).ofCouple(couple), actor(who));
        trail.record(AuditRecord.allowed(AuditAction.VIEW, "ImagoProfile", 2).ofCouple(UUID.randomUUID()), actor(who));

        var today = java.time.LocalDate.now(TestClinicClock.clinic());
        assertThat(log.find(new AuditQuery(who.toUpperCase(), null, couple, null, today, today), 0, 10))
                .extracting(AuditLogEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.VIEW);
        assertThat(log.count(new AuditQuery(who, null, null, AuditAction.VIEW, null, null))).isEqualTo(2);
        assertThat(log.count(new AuditQuery(who, null, couple, null, today.plusDays(1), null))).isZero();
    }

    @Test
    @WithMockUser(username = "exporting-admin", roles = "ADMIN")
    void theCsvExportHoldsTheEntriesAndIsItselfAudited() {
        UUID couple = UUID.randomUUID();
        trail.record(new AuditRecord(AuditAction.BREAK_GLASS, "Couple", couple.toString(), couple,
                AuditOutcome.ALLOWED, "Crisis call, \"urgent\", out of hours"), actor("csv-user"));

        StringWriter csv = new StringWriter();
        log.exportCsv(new AuditQuery(null, null, couple, null, null, null), csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith("When,User name,Staff id,Roles,Action");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("csv-user", "BREAK_GLASS", "\"Crisis call, \"\"urgent\"\", out of hours\""));
        assertThat(log.find(new AuditQuery(null, null, couple, AuditAction.EXPORT, null, null), 0, 10))
                .singleElement().satisfies(entry -> assertThat(entry.reason()).contains("couple " + couple));
    }

    @Test
    void theRestApiServesAdministratorsAndRefusesTherapistsWithADeniedEntry() throws Exception {
        mvc.perform(get("/api/audit").param("action", "SIGN_IN_FAILURE")
                        .with(httpBasic("supervisor", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/audit.csv").with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("When,User name")));
        mvc.perform(get("/api/audit").param("action", "NOT_AN_ACTION")
                        .with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/audit").with(httpBasic("therapist", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/audit").param("person", "therapist").param("action", "VIEW")
                        .with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.outcome == 'DENIED')].subjectId", hasItem("AuditLogService.find")));
    }

    private static AuditActor actor(String username) {
        return new AuditActor(UUID.randomUUID(), UUID.randomUUID(), username, Set.of("THERAPIST"));
    }
}
