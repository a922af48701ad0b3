package org.imagoclinic.audit.internal;

import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail. The role names are spelled out: audit sits below the security module. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class AuditLogService implements AuditLog {

    private static final int EXPORT_BATCH = 1000;

    private final AuditEntryRepository entries;
    private final AuditTrail trail;
    private final Clock clock;

    AuditLogService(AuditEntryRepository entries, AuditTrail trail, Clock clock) {
        this.entries = entries;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditLogEntry> find(AuditQuery query, int offset, int limit) {
        return entries.find(query, clock.getZone(), offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return entries.count(query, clock.getZone());
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
                batch = entries.find(query, clock.getZone(), offset, EXPORT_BATCH);
                csv.write(batch, clock.getZone());
                offset += batch.size();
            } while (batch.size() == EXPORT_BATCH);
        }
    }
}
