package org.imagoclinic.audit.internal;

import static org.imagoclinic.audit.internal.db.Tables.AUDIT_ENTRY;

import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail. The role names are spelled out: audit sits below the security module. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class JooqAuditLog implements AuditLog {

    private static final int EXPORT_BATCH = 1000;

    private final DSLContext db;
    private final AuditTrail trail;
    private final Clock clock;

    JooqAuditLog(DSLContext db, AuditTrail trail, Clock clock) {
        this.db = db;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditLogEntry> find(AuditQuery query, int offset, int limit) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(conditions(query))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(JooqAuditLog::toEntry);
    }

    @Override
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return db.fetchCount(AUDIT_ENTRY, conditions(query));
    }

    @Override
    @Transactional
    public void exportCsv(AuditQuery query, Writer out) {
        trail.record(new AuditRecord(AuditAction.EXPORT, "AuditTrail", null, query.coupleId(), AuditOutcome.ALLOWED,
                "CSV export, filters: " + AuditCsv.describe(query)));
        try (AuditCsv csv = new AuditCsv(out)) {
            int offset = 0;
            List<AuditLogEntry> batch;
            do {
                batch = find(query, offset, EXPORT_BATCH);
                csv.write(batch, clock.getZone());
                offset += batch.size();
            } while (batch.size() == EXPORT_BATCH);
        }
    }

    private Condition conditions(AuditQuery query) {
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
            conditions.add(AUDIT_ENTRY.ACTION.eq(query.action().name()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(startOf(query.from())));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(startOf(query.to().plusDays(1))));
        }
        return DSL.and(conditions);
    }

    private OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static AuditLogEntry toEntry(Record row) {
        return new AuditLogEntry(row.get(AUDIT_ENTRY.ID), row.get(AUDIT_ENTRY.OCCURRED_AT),
                row.get(AUDIT_ENTRY.ACCOUNT_ID), row.get(AUDIT_ENTRY.STAFF_ID), row.get(AUDIT_ENTRY.USERNAME),
                Arrays.asList(row.get(AUDIT_ENTRY.ROLES)), AuditAction.valueOf(row.get(AUDIT_ENTRY.ACTION)),
                row.get(AUDIT_ENTRY.SUBJECT_TYPE), row.get(AUDIT_ENTRY.SUBJECT_ID), row.get(AUDIT_ENTRY.COUPLE_ID),
                AuditOutcome.valueOf(row.get(AUDIT_ENTRY.OUTCOME)), row.get(AUDIT_ENTRY.REASON),
                row.get(AUDIT_ENTRY.IP_ADDRESS));
    }
}
