package org.imagoclinic.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The read models: a redelivered event changes nothing, and a rebuild from the archive gives the same tables. */
@ClinicIntegrationTest
class ReadModelTests {

    static final List<String> TABLES = List.of("couple", "episode_fact", "partner_outcome", "couple_outcome", "measure",
            "session", "exercise", "follow_up", "note", "waitlist_entry", "home_practice");

    @Autowired
    ApplicationContext context;
    @Autowired
    Reports reports;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Map<String, List<String>> everyRow() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("select t::text from reporting." + table + " t order by 1", String.class));
        }
        return rows;
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        HandBuiltClinic clinic = new HandBuiltClinic(context, TestAccounts.staff(context, "redeliver", Roles.THERAPIST).staffId());
        clinic.events.publish();
        Map<String, List<String>> once = everyRow();

        clinic.events.publish();
        // and once more in the reverse order, as a redelivery after a crash might come
        clinic.events.publish(new ArrayList<>(clinic.events.events).reversed());

        assertThat(everyRow()).isEqualTo(once);
        assertThat(once.get("episode_fact")).anyMatch(row -> row.contains(clinic.e1.toString()));
        assertThat(once.get("waitlist_entry")).filteredOn(row -> row.contains(clinic.c5.toString())).hasSize(3)
                .anyMatch(row -> row.contains("2025-11-15") && row.endsWith(",,)"));
    }

    @Test
    void aRebuildFromTheArchivedPublicationsGivesTheSameTablesAsTheListeners() {
        new HandBuiltClinic(context, TestAccounts.staff(context, "rebuild", Roles.THERAPIST).staffId()).events.publish();
        ClinicEvents.awaitReporting(context);
        Map<String, List<String>> incremental = everyRow();
        TestAccounts.signIn(context, "admin");

        int replayed = reports.rebuild();

        assertThat(replayed).isGreaterThanOrEqualTo(73);
        Map<String, List<String>> rebuilt = everyRow();
        for (String table : TABLES) {
            assertThat(rebuilt.get(table)).as(table).isEqualTo(incremental.get(table));
        }
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name = 'reporting_rebuild'",
                Integer.class)).isZero();
    }
}
