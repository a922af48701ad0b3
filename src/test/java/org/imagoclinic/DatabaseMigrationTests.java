package org.imagoclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The migrations in db/ build the schema the design asks for, on a real PostgreSQL. */
@ClinicIntegrationTest
class DatabaseMigrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void runsOnARealPostgresql17() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
    }

    @Test
    void everyModuleOwnsASchemaMigratedWithItsOwnHistory() {
        for (String module : new String[] {"security", "staff", "clients", "scheduling", "assessments", "reporting",
                "audit", "billing"}) {
            assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name = ?",
                    Integer.class, module)).as("schema %s", module).isEqualTo(1);
            assertThat(jdbc.queryForObject(
                    "select count(*) from public.flyway_schema_history_" + module + " where success",
                    Integer.class)).as("migrations of %s", module).isPositive();
        }
    }

    @Test
    void migratesModuleByModuleFromTheBuildsDescriptionWithoutAnalysingTheClassesAtStart() {
        assertThat(new ClassPathResource("META-INF/spring-modulith/application-modules.json").exists())
                .as("the build's description of the modules (ADR 0022)").isTrue();
        assertThat(context.getBeanFactory().containsSingleton("applicationModulesInitializer"))
                .as("Spring Modulith's analysis of the classes was started").isFalse();
    }

    @Test
    void theEventPublicationRegistryAndItsArchiveExist() {
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("event_publication", "event_publication_archive");
    }

    @Test
    @Transactional
    void exclusionConstraintsOverTimeRangesRefuseAnOverlapButNotBackToBack() {
        jdbc.execute("""
                create temporary table booking_probe (
                    therapist_id uuid not null,
                    during tstzrange not null,
                    exclude using gist (therapist_id with =, during with &&))""");
        String insert = "insert into booking_probe values ('00000000-0000-0000-0000-000000000001', tstzrange(?::timestamptz, ?::timestamptz))";
        jdbc.update(insert, "2026-03-02 10:00+00", "2026-03-02 11:00+00");
        jdbc.update(insert, "2026-03-02 11:00+00", "2026-03-02 12:00+00");

        assertThatThrownBy(() -> jdbc.update(insert, "2026-03-02 10:30+00", "2026-03-02 11:30+00"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * Foreign keys whose columns lead no index, each with why none is needed: nothing is looked up by
     * them, and the rows they point at are never deleted (which would read the whole table).
     */
    private static final Map<String, String> UNINDEXED_FOREIGN_KEYS = Map.of(
            "administration_instrument_code_fkey", "forms are found by couple; instruments are never deleted",
            "kiosk_link_administration_id_fkey", "kiosk links are found by their token",
            "kiosk_link_instrument_code_fkey", "kiosk links are found by their token",
            "consent_person_id_fkey", "consents are found by couple; people are only ever marked deleted",
            "appointment_room_id_fkey", "a room's appointments are found through its occupancy rows; rooms are never deleted",
            "waitlist_entry_appointment_id_fkey", "entries are found by couple; appointments are never deleted",
            "break_glass_grant_account_id_fkey", "grants are found by staff member and couple; accounts are never deleted");

    /**
     * A foreign key's columns lead an index, or the key is listed above with the reason why not: the
     * rows that point at a record are then found without reading the whole table, which after ten
     * years of a clinic means millions of rows.
     */
    @Test
    void everyForeignKeyIsIndexedOrSaysWhyNot() {
        assertThat(jdbc.queryForList("""
                select c.conrelid::regclass || ' (' || c.conname || ')'
                from pg_constraint c
                where c.contype = 'f'
                  and not (c.conname = any (?))
                  and not exists (
                      select 1 from pg_index i
                      where i.indrelid = c.conrelid
                        and (select array_agg(k order by k)
                             from unnest((string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)]) k)
                          = (select array_agg(k order by k) from unnest(c.conkey) k))
                order by 1""", String.class, (Object) UNINDEXED_FOREIGN_KEYS.keySet().toArray(String[]::new))).isEmpty();
    }

    /** Every stamp comes from the clinic's clock, so no column may fill itself from the server's. */
    @Test
    void noColumnDefaultsToTheDatabaseServersClock() {
        assertThat(jdbc.queryForList("""
                select table_schema || '.' || table_name || '.' || column_name || ' default ' || column_default
                from information_schema.columns
                where table_schema not in ('pg_catalog', 'information_schema')
                  and table_name not like 'flyway_schema_history%'
                  and column_default ~* '(now|current_timestamp|current_date|localtimestamp|clock_timestamp|statement_timestamp|transaction_timestamp)'
                order by 1""", String.class)).isEmpty();
    }
}
