package org.imagoclinic.audit.internal;

import static org.imagoclinic.audit.internal.db.Tables.AUDIT_ENTRY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.audit.AuditRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The audit trail's entries in schema {@code audit}, appended and read, never changed. A query's days
 * are the clinic's days in the zone given.
 */
@Repository
class AuditEntryRepository {

    private final DSLContext db;

    AuditEntryRepository(DSLContext db) {
        this.db = db;
    }

    void insert(AuditRecord record, AuditActor actor, OffsetDateTime occurredAt, @Nullable String ipAddress) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, occurredAt)
                .set(AUDIT_ENTRY.ACCOUNT_ID, actor.accountId())
                .set(AUDIT_ENTRY.STAFF_ID, actor.staffId())
                .set(AUDIT_ENTRY.USERNAME, actor.username())
                .set(AUDIT_ENTRY.ROLES, actor.roles().stream().sorted().toArray(String[]::new))
                .set(AUDIT_ENTRY.ACTION, record.action())
                .set(AUDIT_ENTRY.SUBJECT_TYPE, record.subjectType())
                .set(AUDIT_ENTRY.SUBJECT_ID, record.subjectId())
                .set(AUDIT_ENTRY.COUPLE_ID, record.coupleId())
                .set(AUDIT_ENTRY.OUTCOME, record.outcome())
                .set(AUDIT_ENTRY.REASON, record.reason())
                .set(AUDIT_ENTRY.IP_ADDRESS, ipAddress)
                .execute();
    }

    /** One page of the entries the query selects, newest first. */
    List<AuditLogEntry> find(AuditQuery query, ZoneId zone, int offset, int limit) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(conditions(query, zone))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(AuditEntryRepository::toEntry);
    }

    int count(AuditQuery query, ZoneId zone) {
        return db.fetchCount(AUDIT_ENTRY, conditions(query, zone));
    }

    private static Condition conditions(AuditQuery query, ZoneId zone) {
        List<Condition> conditions = new ArrayList<>();
        if (query.person() != null && !query.person().isBlank()) {
            conditions.add(AUDIT_ENTRY.USERNAME.containsIgnoreCase(query.person().trim()));
        }
        if (query.staffId() != null) {
            conditions.add(AUDIT_ENTRY.STAFF_ID.eq(query.staffId()));
        }
        if (query.coupleId() != null) {
            conditions.add(AUDIT_ENTRY.COUPLE_ID.eq(query.coupleId()));
        }
        if (query.action() != null) {
            conditions.add(AUDIT_ENTRY.ACTION.eq(query.action()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(startOf(query.from(), zone)));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(startOf(query.to().plusDays(1), zone)));
        }
        return DSL.and(conditions);
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static AuditLogEntry toEntry(Record row) {
        return new AuditLogEntry(row.get(AUDIT_ENTRY.ID), row.get(AUDIT_ENTRY.OCCURRED_AT),
                row.get(AUDIT_ENTRY.ACCOUNT_ID), row.get(AUDIT_ENTRY.STAFF_ID), row.get(AUDIT_ENTRY.USERNAME),
                Arrays.asList(row.get(AUDIT_ENTRY.ROLES)), row.get(AUDIT_ENTRY.ACTION),
                row.get(AUDIT_ENTRY.SUBJECT_TYPE), row.get(AUDIT_ENTRY.SUBJECT_ID), row.get(AUDIT_ENTRY.COUPLE_ID),
                row.get(AUDIT_ENTRY.OUTCOME), row.get(AUDIT_ENTRY.REASON),
                row.get(AUDIT_ENTRY.IP_ADDRESS));
    }
}
