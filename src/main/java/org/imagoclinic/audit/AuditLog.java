package org.imagoclinic.audit;

import java.io.Writer;
import java.util.List;

/** Reads the audit trail: administrators and supervisors only. */
public interface AuditLog {

    /** Newest first. */
    List<AuditLogEntry> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);

    /** Writes every matching entry as CSV (newest first) and records the export itself. */
    void exportCsv(AuditQuery query, Writer out);
}
