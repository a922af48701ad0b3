package org.imagoclinic.shared.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Least privilege in PostgreSQL (ADR 0034): after the migrations (run as the owner role), gives the
 * runtime role the application connects as the rights it needs on what they made, and no more:
 * <ul>
 *   <li>reading and writing rows of every table, and on PostgreSQL 17 ANALYZE after a bulk load (MAINTAIN),
 *       but no DDL, no TRUNCATE, not the owner of anything;</li>
 *   <li>in the append-only schemas (the audit trail) only SELECT and INSERT: no UPDATE, DELETE,
 *       TRUNCATE or trigger changes, which need the owner;</li>
 *   <li>the tables of the schemas the application rebuilds itself (reporting's read models, swapped for
 *       fresh copies, ADR 0015) are handed to it, with CREATE on the database for the rebuild's schema.</li>
 * </ul>
 * Runs after every module's migration (Spring Modulith migrates them one by one); each run is
 * idempotent and only touches what the owner owns. Without {@value #RUNTIME_ROLE}, or when the
 * migrations run as that role themselves, it does nothing.
 */
@Component
class RuntimeRoleGrants implements Callback {

    static final String RUNTIME_ROLE = "imago.database.runtime-role";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String runtimeRole;
    private final List<String> appendOnlySchemas;
    private final List<String> runtimeOwnedSchemas;

    RuntimeRoleGrants(@Value("${" + RUNTIME_ROLE + ":}") String runtimeRole,
                      @Value("${imago.database.append-only-schemas:audit}") List<String> appendOnlySchemas,
                      @Value("${imago.database.runtime-owned-schemas:reporting}") List<String> runtimeOwnedSchemas) {
        this.runtimeRole = runtimeRole;
        this.appendOnlySchemas = plainNames(appendOnlySchemas);
        this.runtimeOwnedSchemas = plainNames(runtimeOwnedSchemas);
        if (!runtimeRole.isEmpty() && !PLAIN_NAME.matcher(runtimeRole).matches()) {
            throw new IllegalArgumentException(RUNTIME_ROLE + " must be a plain lower-case role name, not \"" + runtimeRole + "\"");
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && !runtimeRole.isEmpty();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(grants());
        } catch (SQLException e) {
            throw new FlywayException("Could not give the runtime role " + runtimeRole + " its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "runtime role grants";
    }

    private String grants() {
        return """
                do $grants$
                declare
                    runtime constant text := '{runtime}';
                    me constant oid := (select oid from pg_roles where rolname = current_user);
                    -- ANALYZE after a bulk load (PostgreSQL 17's MAINTAIN: also VACUUM, REINDEX, LOCK; not DDL)
                    maintain constant boolean := current_setting('server_version_num')::int >= 170000;
                    r record;
                begin
                    if current_user = runtime or not exists (select from pg_roles where rolname = runtime) then
                        return;
                    end if;
                    -- a table's new owner must be able to create in its schema
                    for r in select nspname from pg_namespace where nspname = any ({runtimeOwned}) and nspowner = me loop
                        execute format('grant usage, create on schema %I to %I', r.nspname, runtime);
                    end loop;
                    for r in select c.oid::regclass::text as name, c.relkind, n.nspname
                             from pg_class c join pg_namespace n on n.oid = c.relnamespace
                             where c.relowner = me and c.relkind in ('r', 'p', 'v', 'f', 'S')
                               and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' loop
                        execute format('grant usage on schema %I to %I', r.nspname, runtime);
                        if r.relkind = 'S' then
                            execute format('grant usage, select on sequence %s to %I', r.name, runtime);
                        elsif r.nspname = any ({appendOnly}) then
                            execute format('revoke all on %s from %I', r.name, runtime);
                            execute format('grant select, insert on %s to %I', r.name, runtime);
                        elsif r.nspname = any ({runtimeOwned}) and r.relkind in ('r', 'p') then
                            execute format('alter table %s owner to %I', r.name, runtime);
                        else
                            execute format('grant select, insert, update, delete on %s to %I', r.name, runtime);
                            if maintain then
                                execute format('grant maintain on %s to %I', r.name, runtime);
                            end if;
                        end if;
                    end loop;
                    execute format('grant create on database %I to %I', current_database(), runtime);
                end
                $grants$"""
                .replace("{runtime}", runtimeRole)
                .replace("{appendOnly}", arrayOf(appendOnlySchemas))
                .replace("{runtimeOwned}", arrayOf(runtimeOwnedSchemas));
    }

    private static String arrayOf(List<String> names) {
        return "array[" + String.join(", ", names.stream().map(name -> "'" + name + "'").toList()) + "]::text[]";
    }

    private static List<String> plainNames(List<String> names) {
        List<String> plain = names.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
        plain.forEach(name -> {
            if (!PLAIN_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain schema name: \"" + name + "\"");
            }
        });
        return plain;
    }
}
