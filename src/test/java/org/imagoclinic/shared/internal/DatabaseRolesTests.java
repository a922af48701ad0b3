package org.imagoclinic.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Least privilege in PostgreSQL (ADR 0034): the application connects as a role that owns nothing and
 * can only read and append to the audit trail; the migrations' owner role is stopped by the trigger.
 */
@ClinicIntegrationTest
class DatabaseRolesTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    AuditTrail trail;

    @Test
    void theApplicationsRoleAppendsToTheAuditTrailButCannotChangeEmptyOrUnguardIt() {
        UUID couple = UUID.randomUUID();
        trail.recordIndependently(AuditRecord.allowed(AuditAction.VIEW, "SessionNote", "roles").ofCouple(couple),
                AuditActor.unauthenticated("roles-test"));

        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedDatabaseRoles.RUNTIME);
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entry where couple_id = ?", Integer.class, couple))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("delete from audit.audit_entry where couple_id = ?", couple))
                .hasStackTraceContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> jdbc.update("update audit.audit_entry set outcome = 'DENIED' where couple_id = ?", couple))
                .hasStackTraceContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> jdbc.execute("alter table audit.audit_entry disable trigger audit_entry_no_update_or_delete"))
                .hasStackTraceContaining("must be owner of");
        assertThatThrownBy(() -> jdbc.execute("drop trigger audit_entry_no_update_or_delete on audit.audit_entry"))
                .hasStackTraceContaining("must be owner of");

        JdbcTemplate owner = new JdbcTemplate(migrationsDataSource());
        assertThat(owner.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedDatabaseRoles.OWNER);
        assertThatThrownBy(() -> owner.update("delete from audit.audit_entry where couple_id = ?", couple))
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.queryForObject("select outcome from audit.audit_entry where couple_id = ?", String.class, couple))
                .isEqualTo("ALLOWED");
    }

    @Test
    void theApplicationsRoleOwnsNothingButTheReadModelsItRebuildsAndChangesNoTable() {
        assertThat(jdbc.queryForList("""
                select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relowner = (select oid from pg_roles where rolname = current_user)
                  and n.nspname not in ('reporting', 'reporting_rebuild') and n.nspname not like 'pg\\_%'""", String.class))
                .isEmpty();
        assertThatThrownBy(() -> jdbc.execute("alter table security.user_account add column nickname text"))
                .hasStackTraceContaining("must be owner of table user_account");
        assertThatThrownBy(() -> jdbc.execute("truncate security.api_token"))
                .hasStackTraceContaining("permission denied for table api_token");
        assertThat(jdbc.queryForObject("select count(*) from security.user_account where username = 'admin'", Integer.class))
                .isEqualTo(1);
    }

    private DataSource migrationsDataSource() {
        return flyway.getConfiguration().getDataSource();
    }
}
