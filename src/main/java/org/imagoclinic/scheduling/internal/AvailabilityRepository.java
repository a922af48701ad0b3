package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.TIME_OFF;
import static org.imagoclinic.scheduling.internal.db.Tables.WORKING_HOURS;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.TimeOff;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.springframework.stereotype.Repository;

/** Therapists' working hours and time off. */
@Repository
class AvailabilityRepository {

    private final DSLContext db;

    AvailabilityRepository(DSLContext db) {
        this.db = db;
    }

    List<HoursBlock> hoursOf(UUID therapistId) {
        return db.selectFrom(WORKING_HOURS).where(WORKING_HOURS.THERAPIST_ID.eq(therapistId))
                .orderBy(WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS_AT)
                .fetch(row -> new HoursBlock(DayOfWeek.of(row.getWeekday()), row.getStartsAt(), row.getEndsAt()));
    }

    /** Therapists who have working hours, for the interim therapist list. */
    Set<UUID> therapistsWithHours() {
        return db.selectDistinct(WORKING_HOURS.THERAPIST_ID).from(WORKING_HOURS).fetchSet(WORKING_HOURS.THERAPIST_ID);
    }

    void replaceHours(UUID therapistId, List<HoursBlock> hours) {
        db.deleteFrom(WORKING_HOURS).where(WORKING_HOURS.THERAPIST_ID.eq(therapistId)).execute();
        for (HoursBlock block : hours) {
            db.insertInto(WORKING_HOURS).set(WORKING_HOURS.ID, UUID.randomUUID())
                    .set(WORKING_HOURS.THERAPIST_ID, therapistId)
                    .set(WORKING_HOURS.WEEKDAY, (short) block.day().getValue())
                    .set(WORKING_HOURS.STARTS_AT, block.from()).set(WORKING_HOURS.ENDS_AT, block.to()).execute();
        }
    }

    List<TimeOff> timeOff(UUID therapistId, OffsetDateTimeRange range, ClinicTime time) {
        return db.selectFrom(TIME_OFF).where(TIME_OFF.THERAPIST_ID.eq(therapistId))
                .and(AppointmentRepository.overlaps(TIME_OFF.DURING, range)).orderBy(TIME_OFF.DURING)
                .fetch(row -> new TimeOff(row.getId(), therapistId, time.local(row.getDuring().lower()),
                        time.local(row.getDuring().upper()), row.getReason()));
    }

    /** A therapist's usual week and their time off in a range, as one statement reads them. */
    record HoursAndTimeOff(List<HoursBlock> hours, List<TimeOff> timeOff) {
    }

    /**
     * {@link #hoursOf} and {@link #timeOff} in one round trip (a booking asks both for every
     * therapist): time off first, so that the union's columns take its types, then the hours.
     */
    HoursAndTimeOff hoursAndTimeOff(UUID therapistId, OffsetDateTimeRange range, ClinicTime time) {
        Result<Record6<UUID, OffsetDateTimeRange, String, Short, LocalTime, LocalTime>> rows = db
                .select(TIME_OFF.ID, TIME_OFF.DURING, TIME_OFF.REASON, DSL.castNull(WORKING_HOURS.WEEKDAY),
                        DSL.castNull(WORKING_HOURS.STARTS_AT), DSL.castNull(WORKING_HOURS.ENDS_AT))
                .from(TIME_OFF).where(TIME_OFF.THERAPIST_ID.eq(therapistId))
                .and(AppointmentRepository.overlaps(TIME_OFF.DURING, range))
                .unionAll(DSL.select(DSL.castNull(TIME_OFF.ID), DSL.castNull(TIME_OFF.DURING), DSL.castNull(TIME_OFF.REASON),
                                WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS_AT, WORKING_HOURS.ENDS_AT)
                        .from(WORKING_HOURS).where(WORKING_HOURS.THERAPIST_ID.eq(therapistId)))
                .fetch();
        List<HoursBlock> hours = rows.stream().filter(row -> row.value1() == null)
                .map(row -> new HoursBlock(DayOfWeek.of(row.value4()), row.value5(), row.value6()))
                .sorted(Comparator.comparing(HoursBlock::day).thenComparing(HoursBlock::from)).toList();
        List<TimeOff> timeOff = rows.stream().filter(row -> row.value1() != null)
                .sorted(Comparator.comparing((Record6<UUID, OffsetDateTimeRange, String, Short, LocalTime, LocalTime> row)
                        -> row.value2().lower()).thenComparing(row -> row.value2().upper()))
                .map(row -> new TimeOff(row.value1(), therapistId, time.local(row.value2().lower()),
                        time.local(row.value2().upper()), row.value3())).toList();
        return new HoursAndTimeOff(hours, timeOff);
    }

    void insertTimeOff(UUID id, UUID therapistId, OffsetDateTimeRange during, String reason, OffsetDateTime now,
                       String by) {
        db.insertInto(TIME_OFF).set(TIME_OFF.ID, id).set(TIME_OFF.THERAPIST_ID, therapistId).set(TIME_OFF.DURING, during)
                .set(TIME_OFF.REASON, reason).set(TIME_OFF.CREATED_AT, now).set(TIME_OFF.CREATED_BY, by).execute();
    }

    boolean deleteTimeOff(UUID therapistId, UUID id) {
        return db.deleteFrom(TIME_OFF).where(TIME_OFF.ID.eq(id)).and(TIME_OFF.THERAPIST_ID.eq(therapistId)).execute() > 0;
    }
}
