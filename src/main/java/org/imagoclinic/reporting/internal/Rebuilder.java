package org.imagoclinic.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imagoclinic.reporting.internal.Projection.Tables;
import org.jooq.DSLContext;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the read models from Spring Modulith's archived (completed) event publications
 * (ADR 0015), one copy per event however many listeners it had,
 * in publication order, into fresh tables in schema {@code reporting_rebuild}; then, in the same
 * transaction, the fresh tables replace the live ones. Readers see the old tables until the commit;
 * listeners wait for it on the {@link RebuildLock}.
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
        dsl.execute("drop schema if exists " + FRESH + " cascade");
        dsl.execute("create schema " + FRESH);
        for (String table : Tables.ALL) {
            dsl.execute("create table " + FRESH + "." + table + " (like " + Projection.LIVE + "." + table + " including all)");
        }
        int replayed = 0;
        for (Object event : distinctEventsInOrder()) {
            if (projection.apply(event, FRESH)) {
                replayed++;
            }
        }
        for (String table : Tables.ALL) {
            dsl.execute("drop table " + Projection.LIVE + "." + table);
            dsl.execute("alter table " + FRESH + "." + table + " set schema " + Projection.LIVE);
        }
        dsl.execute("drop schema " + FRESH);
        return replayed;
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
