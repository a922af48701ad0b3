package org.imagoclinic.support;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reusable ("generic") plans of the statements that the current transaction's connection has
 * prepared on the server: the plan PostgreSQL may keep for a statement whatever its values, which it
 * uses only when no cheaper plan for the values at hand exists. They are planned with sequential
 * scans discouraged, so that a plan names an index exactly when a reusable plan can use it (on a
 * test's few rows a scan of the whole table would otherwise win anyway). Call inside a transaction,
 * after running the statements a few times (the driver prepares a statement on the server at its
 * fifth use).
 */
public final class PreparedPlans {

    private PreparedPlans() {
    }

    /** The generic plan of the one statement prepared on this connection that matches, as text. */
    public static String genericPlanOf(JdbcTemplate jdbc, Predicate<String> statement) {
        List<String> matching = jdbc.queryForList("select statement from pg_prepared_statements", String.class).stream()
                .filter(statement).distinct().toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one prepared statement to match, found " + matching.size() + ": " + matching);
        }
        jdbc.execute("set local enable_seqscan = off");
        // through PL/pgSQL: the driver would send the statement's $1 as a parameter it has no value for
        jdbc.execute("""
                create or replace function pg_temp.generic_plan(statement text) returns setof text language plpgsql as $$
                begin
                    return query execute 'explain (generic_plan) ' || statement;
                end $$""");
        return String.join("\n", jdbc.queryForList("select * from pg_temp.generic_plan(?)", String.class, matching.getFirst()));
    }
}
