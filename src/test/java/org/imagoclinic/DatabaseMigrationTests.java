package org.imagoclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                "audit"}) {
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
}
