package org.imagoclinic.reporting.internal;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL advisory locks held to the end of the transaction: the listeners of one couple or
 * episode one after another (ADR 0015), and listeners against a rebuild.
 */
final class AdvisoryLocks {

    private static final int EPISODE = 15;
    private static final int COUPLE = 16;
    private static final int REBUILD = 1_500_015;

    private AdvisoryLocks() {
    }

    /** Serialises a couple's registration with its episodes' first events, so neither misses the other. */
    static void couple(DSLContext db, UUID coupleId) {
        keyed(db, COUPLE, coupleId);
    }

    /** Serialises the events of one episode, whose listeners may run at the same time on other threads. */
    static void episode(DSLContext db, UUID episodeId) {
        keyed(db, EPISODE, episodeId);
    }

    /** Listeners share the rebuild's lock: they wait while a rebuild holds it. */
    static void sharedWithListeners(DSLContext db) {
        db.select(function("pg_advisory_xact_lock_shared", Object.class, val(REBUILD))).fetch();
    }

    /** A rebuild holds its lock alone. */
    static void exclusiveForRebuild(DSLContext db) {
        db.select(function("pg_advisory_xact_lock", Object.class, val(REBUILD))).fetch();
    }

    private static void keyed(DSLContext db, int space, UUID id) {
        db.select(function("pg_advisory_xact_lock", Object.class, inline(space),
                function("hashtext", Integer.class, cast(val(id), SQLDataType.CLOB)))).fetch();
    }
}
