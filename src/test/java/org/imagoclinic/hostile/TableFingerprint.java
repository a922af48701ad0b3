package org.imagoclinic.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every table of the modules' schemas holds, in one cheap query, to prove that a refused request
 * wrote nothing: each table's row count and newest row version ({@code xmin}). An insert changes the
 * count, an update gives its row a newer {@code xmin} than any before it, a delete lowers the count.
 * The event publication table counts too, by rows only (its listeners complete rows in the background).
 * Schemas found in the database, so a new module's tables are watched without a change here.
 */
final class TableFingerprint {

    private final JdbcTemplate jdbc;
    private final String query;

    private TableFingerprint(JdbcTemplate jdbc, String query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    /** Every table of every module's schema except those named. */
    static TableFingerprint ofModuleSchemasExcept(JdbcTemplate jdbc, Set<String> leftOut) {
        List<String> selects = new ArrayList<>(jdbc.queryForList("""
                select format('select %L, count(*), coalesce(max(xmin::text::bigint), 0) from %I.%I',
                              table_schema || '.' || table_name, table_schema, table_name)
                from information_schema.tables
                where table_type = 'BASE TABLE' and table_name not like 'flyway%'
                  and table_schema not in ('pg_catalog', 'information_schema', 'public')
                  and table_schema <> all (?)
                order by 1""", String.class, (Object) leftOut.toArray(String[]::new)));
        selects.add("select 'public.event_publication', count(*), 0::bigint from public.event_publication");
        return new TableFingerprint(jdbc, String.join(" union all ", selects));
    }

    /** Each table's figures by its qualified name. */
    Map<Object, List<Object>> take() {
        Map<Object, List<Object>> byTable = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList(query)) {
            List<Object> columns = new ArrayList<>(row.values());
            byTable.put(columns.getFirst(), columns.subList(1, columns.size()));
        }
        return byTable;
    }

    /** The tables whose figures differ. */
    static List<Object> changedTables(Map<Object, List<Object>> before, Map<Object, List<Object>> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }
}
