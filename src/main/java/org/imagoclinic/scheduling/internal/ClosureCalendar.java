package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.CLOSURE_DAY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.internal.db.tables.records.ClosureDayRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The clinic's closure days as stored, and the one question everything that offers or books a day asks
 * of them: is the clinic closed that day ({@link Closures#on}). No access check: callers have theirs.
 */
@Repository
class ClosureCalendar {

    private final DSLContext db;

    ClosureCalendar(DSLContext db) {
        this.db = db;
    }

    /** The closures that touch {@code from} to {@code to}, both included. */
    Closures between(LocalDate from, LocalDate to) {
        return new Closures(db.selectFrom(CLOSURE_DAY).where(CLOSURE_DAY.FIRST_DAY.le(to))
                .and(CLOSURE_DAY.LAST_DAY.ge(from)).orderBy(CLOSURE_DAY.FIRST_DAY).fetch(ClosureCalendar::closure));
    }

    List<ClosureDay> all() {
        return db.selectFrom(CLOSURE_DAY).orderBy(CLOSURE_DAY.FIRST_DAY).fetch(ClosureCalendar::closure);
    }

    Optional<ClosureDay> find(UUID id) {
        return db.selectFrom(CLOSURE_DAY).where(CLOSURE_DAY.ID.eq(id)).fetchOptional(ClosureCalendar::closure);
    }

    void insert(ClosureDay closure, OffsetDateTime at, String by) {
        db.insertInto(CLOSURE_DAY).set(CLOSURE_DAY.ID, closure.id()).set(CLOSURE_DAY.NAME, closure.name())
                .set(CLOSURE_DAY.FIRST_DAY, closure.firstDay()).set(CLOSURE_DAY.LAST_DAY, closure.lastDay())
                .set(CLOSURE_DAY.ADDED_AT, at).set(CLOSURE_DAY.ADDED_BY, by).execute();
    }

    void delete(UUID id) {
        db.deleteFrom(CLOSURE_DAY).where(CLOSURE_DAY.ID.eq(id)).execute();
    }

    private static ClosureDay closure(ClosureDayRecord row) {
        return new ClosureDay(row.getId(), row.getName(), row.getFirstDay(), row.getLastDay());
    }

    /** The closures of a stretch of days, read once and asked day by day. */
    record Closures(List<ClosureDay> days) {

        static final Closures NONE = new Closures(List.of());

        /** The closure the clinic is shut for on {@code day}, if any. */
        Optional<ClosureDay> on(LocalDate day) {
            return days.stream().filter(closure -> closure.covers(day)).findFirst();
        }
    }
}
