package org.imagoclinic.reporting.internal;

import static org.jooq.impl.DSL.name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the read models from Spring Modulith's archived (completed) event publications
 * (ADR 0015), one copy per event however many listeners it had, in publication order, into fresh
 * tables in schema {@code reporting_rebuild} (the same statements as the listeners', rendered into
 * that schema, see {@link ReadModelSchema}); then, in the same transaction, the fresh tables replace
 * the live ones. Readers see the old tables until the commit; listeners wait for it on the
 * {@link RebuildLock}.
 */
@Component
class Rebuilder {

    static final String FRESH = "reporting_rebuild";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Rebuilder.class);

    private final DSLContext dsl;
    private final CompletedEventPublications completed;
    private final Projection projection;
    private final RebuildLock lock;

    Rebuilder(DSLContext dsl, CompletedEventPublications completed, Projection projection, RebuildLock lock) {
        this.dsl = dsl;
        this.completed = completed;
        this.projection = projection;
        this.lock = lock;
    }

    /** Returns how many distinct events were replayed. */
    @Transactional
    int rebuild() {
        lock.holdForRebuild();
        dsl.dropSchemaIfExists(FRESH).cascade().execute();
        dsl.createSchema(FRESH).execute();
        for (Table<?> table : ReadModelSchema.TABLES) {
            copyOfTable(dsl, table, FRESH);
        }
        DSLContext fresh = ReadModelSchema.addressing(dsl, FRESH);
        int replayed = 0;
        for (Object event : distinctEventsInOrder()) {
            if (ReportingListeners.EVENT_TYPES.contains(event.getClass())) {
                projection.apply(event, fresh);
                replayed++;
            }
        }
        for (Table<?> table : ReadModelSchema.TABLES) {
            dsl.dropTable(table).execute();
            // jOOQ has no ALTER TABLE … SET SCHEMA; the names are rendered from the generated table
            dsl.execute("alter table {0} set schema {1}", name(FRESH, table.getName()), name(ReadModelSchema.LIVE));
        }
        dsl.dropSchema(FRESH).execute();
        return replayed;
    }

    /**
     * An empty copy of a live read-model table (columns, defaults, keys, indexes) in another schema;
     * jOOQ has no {@code CREATE TABLE … (LIKE …)}, so the statement is a template of generated names.
     */
    static void copyOfTable(DSLContext dsl, Table<?> table, String schema) {
        dsl.execute("create table {0} (like {1} including all)", name(schema, table.getName()), table);
    }

    /** Every event once (records compare by value: the per-listener copies are equal), oldest first. */
    private Set<Object> distinctEventsInOrder() {
        List<EventPublication> all = new ArrayList<>(completed.findAll());
        all.sort(Comparator.comparing(EventPublication::getPublicationDate));
        Set<Object> events = new LinkedHashSet<>();
        for (EventPublication publication : all) {
            try {
                events.add(publication.getEvent());
            } catch (RuntimeException unreadable) {
                // another module's event that no longer reads (e.g. a renamed class) is no loss to reporting
                log.warn("Rebuild skipped publication {}: {}", publication.getIdentifier(), unreadable.getMessage());
            }
        }
        return events;
    }
}
