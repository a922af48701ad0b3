package org.imagoclinic.support;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements that the current transaction's connection has prepared on the server
 * ({@code pg_prepared_statements}), with how often PostgreSQL planned each afresh (custom plans) or
 * reused its plan (generic plans). Call inside a transaction, so that the snapshots and the work
 * between them share one connection; the pool's connections keep statements from earlier tests,
 * which the difference of two snapshots leaves out.
 */
public final class PreparedPlans {

    /** One prepared statement's counts. */
    public record Plans(String statement, long generic, long custom) {

        long executions() {
            return generic + custom;
        }
    }

    private final Map<String, Plans> byName;

    private PreparedPlans(Map<String, Plans> byName) {
        this.byName = byName;
    }

    public static PreparedPlans now(JdbcTemplate jdbc) {
        return new PreparedPlans(jdbc.query("select name, statement, generic_plans, custom_plans from pg_prepared_statements",
                (row, n) -> Map.entry(row.getString("name"), new Plans(row.getString("statement"), row.getLong("generic_plans"),
                        row.getLong("custom_plans")))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The statements run on the server at least {@code times} since {@code before}, with their counts in between. */
    public List<Plans> runSince(PreparedPlans before, int times, Predicate<String> statement) {
        Plans none = new Plans("", 0, 0);
        return byName.entrySet().stream()
                .map(entry -> {
                    Plans earlier = before.byName.getOrDefault(entry.getKey(), none);
                    Plans later = entry.getValue();
                    return new Plans(later.statement(), later.generic() - earlier.generic(), later.custom() - earlier.custom());
                })
                .filter(plans -> plans.executions() >= times && statement.test(plans.statement()))
                .toList();
    }
}
