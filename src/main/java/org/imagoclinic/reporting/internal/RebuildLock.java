package org.imagoclinic.reporting.internal;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock between the listeners (shared) and a rebuild (exclusive), held to the
 * end of the transaction: no event is written into tables that a rebuild is about to replace.
 */
@Component
class RebuildLock {

    private static final int KEY = 1_500_015;

    private final DSLContext dsl;

    RebuildLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    void waitForRebuild() {
        dsl.fetch("select pg_advisory_xact_lock_shared(?)", KEY);
    }

    void holdForRebuild() {
        dsl.fetch("select pg_advisory_xact_lock(?)", KEY);
    }
}
