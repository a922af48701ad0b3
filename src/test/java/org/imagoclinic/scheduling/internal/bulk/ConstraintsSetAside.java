package org.imagoclinic.scheduling.internal.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The primary keys, exclusion constraints, foreign keys and secondary indexes of some tables, read
 * from the catalogue as PostgreSQL prints them, so that a bulk load can drop them, write, and put
 * each one back in a single build under its own name and definition. Putting back an exclusion
 * constraint or a key checks every row, so a load that double-books fails there, not silently.
 * Check and not-null constraints stay: they cost little per row.
 */
final class ConstraintsSetAside {

    /** Constraints on these tables or referring to them, and their indexes that back no constraint. */
    private static final String CONSTRAINTS = """
            select n.nspname || '.' || c.relname as table_name, k.conname as name, k.contype as kind,
                   pg_get_constraintdef(k.oid) as definition
            from pg_constraint k
            join pg_class c on c.oid = k.conrelid
            join pg_namespace n on n.oid = c.relnamespace
            where k.contype in ('p', 'u', 'x', 'f')
              and (k.conrelid = any (?::regclass[]) or k.confrelid = any (?::regclass[]))
            order by k.contype, n.nspname, c.relname, k.conname
            """;
    private static final String INDEXES = """
            select n.nspname || '.' || i.relname as name, pg_get_indexdef(x.indexrelid) as definition
            from pg_index x
            join pg_class i on i.oid = x.indexrelid
            join pg_namespace n on n.oid = i.relnamespace
            where x.indrelid = any (?::regclass[])
              and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.conrelid = x.indrelid)
            order by n.nspname, i.relname
            """;

    private record Constraint(String table, String name, char kind, String definition) {
        String drop() {
            return "alter table " + table + " drop constraint " + name;
        }

        String add() {
            return "alter table " + table + " add constraint " + name + " " + definition;
        }
    }

    private record Index(String name, String definition) {
    }

    private final DataSource dataSource;
    private final List<Constraint> constraints;
    private final List<Index> indexes;

    private ConstraintsSetAside(DataSource dataSource, List<Constraint> constraints, List<Index> indexes) {
        this.dataSource = dataSource;
        this.constraints = constraints;
        this.indexes = indexes;
    }

    /** Reads them and drops them: foreign keys first, then keys and exclusion constraints, then indexes. */
    static ConstraintsSetAside drop(DataSource dataSource, String... tables) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String[] names = tables.clone();
        List<Constraint> constraints = jdbc.query(CONSTRAINTS, (row, n) -> new Constraint(row.getString("table_name"),
                row.getString("name"), row.getString("kind").charAt(0), row.getString("definition")), names, names);
        List<Index> indexes = jdbc.query(INDEXES, (row, n) -> new Index(row.getString("name"), row.getString("definition")),
                (Object) names);
        ConstraintsSetAside aside = new ConstraintsSetAside(dataSource, constraints, indexes);
        aside.foreignKeys(true).forEach(key -> jdbc.execute(key.drop()));
        aside.foreignKeys(false).forEach(key -> jdbc.execute(key.drop()));
        indexes.forEach(index -> jdbc.execute("drop index " + index.name()));
        return aside;
    }

    /** Builds each index and constraint again, once, over all the rows: indexes, keys and exclusions, foreign keys. */
    void restore() {
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            one.execute("set maintenance_work_mem = '256MB'");
            try {
                indexes.forEach(index -> one.execute(index.definition()));
                foreignKeys(false).forEach(key -> one.execute(key.add()));
                foreignKeys(true).forEach(key -> one.execute(key.add()));
            } finally {
                one.execute("reset maintenance_work_mem");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No connection to put the constraints back: " + describe(), e);
        }
    }

    /** How many were set aside: constraints, then indexes. */
    String describe() {
        return constraints.size() + " constraints (" + String.join(", ", constraints.stream().map(Constraint::name).toList())
                + ") and " + indexes.size() + " indexes";
    }

    private List<Constraint> foreignKeys(boolean foreign) {
        List<Constraint> chosen = new ArrayList<>();
        for (Constraint constraint : constraints) {
            if ((constraint.kind() == 'f') == foreign) {
                chosen.add(constraint);
            }
        }
        return chosen;
    }
}
