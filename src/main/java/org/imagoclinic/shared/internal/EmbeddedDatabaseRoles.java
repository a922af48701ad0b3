package org.imagoclinic.shared.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The two roles of an embedded server (ADR 0034): {@value #OWNER} owns the database and everything the
 * migrations create; the application works as {@value #RUNTIME}, which owns nothing and may only read and
 * append to the audit trail ({@link RuntimeRoleGrants}). The embedded server trusts local connections,
 * so the passwords only satisfy clients that send one.
 */
final class EmbeddedDatabaseRoles {

    static final String OWNER = "imago_owner";
    static final String RUNTIME = "imago_app";

    private EmbeddedDatabaseRoles() {
    }

    /** Creates both roles on the server, if missing; the owner may act as the runtime role (to hand it tables). */
    static void create(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("""
                    do $roles$
                    begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login password '%1$s';
                        end if;
                        if not exists (select from pg_roles where rolname = '%2$s') then
                            create role %2$s login password '%2$s';
                        end if;
                        grant %1$s to %2$s;
                    end
                    $roles$""".formatted(RUNTIME, OWNER));
        }
    }

    /**
     * Gives the database, and what the migrations made in it as the superuser before the roles existed
     * (a data folder from an earlier version), to the owner role. Nothing to do in a new database.
     */
    static void handOver(Connection superuserOnDatabase) throws SQLException {
        try (Statement statement = superuserOnDatabase.createStatement()) {
            statement.execute("""
                    do $handover$
                    declare
                        r record;
                    begin
                        execute format('alter database %%I owner to %1$s', current_database());
                        for r in select nspname from pg_namespace
                                 where nspowner = 'postgres'::regrole and nspname not like 'pg\\_%%'
                                   and nspname not in ('information_schema', 'public') loop
                            execute format('alter schema %%I owner to %1$s', r.nspname);
                        end loop;
                        for r in select c.oid::regclass::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'f')
                                   and n.nspname not like 'pg\\_%%' and n.nspname <> 'information_schema' loop
                            execute format('alter table %%s owner to %1$s', r.name);
                        end loop;
                        for r in select p.oid::regprocedure::text as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                 where p.proowner = 'postgres'::regrole and n.nspname not like 'pg\\_%%'
                                   and n.nspname <> 'information_schema'
                                   and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
                            execute format('alter routine %%s owner to %1$s', r.name);
                        end loop;
                    end
                    $handover$""".formatted(OWNER));
        }
    }

    /** The application's connection as the runtime role, and the migrations' as the owner. */
    static Map<String, Object> properties(String jdbcUrl) {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", RUNTIME,
                "spring.datasource.password", RUNTIME,
                "spring.flyway.user", OWNER,
                "spring.flyway.password", OWNER,
                RuntimeRoleGrants.RUNTIME_ROLE, RUNTIME);
    }
}
