package org.imagoclinic.reporting.internal;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock between the listeners (shared) and a rebuild (exclusive), held to the
 * end of the transaction: no event is written into tables that a rebuild is about to replace.
 */
@Component
class RebuildLock {

    private final DSLContext dsl;

    RebuildLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    void waitForRebuild() {
        AdvisoryLocks.sharedWithListeners(dsl);
    }

    void holdForRebuild() {
        AdvisoryLocks.exclusiveForRebuild(dsl);
    }
}
