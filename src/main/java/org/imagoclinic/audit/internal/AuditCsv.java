package org.imagoclinic.audit.internal;

import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.audit.ReadableAddress;
import org.imagoclinic.shared.SpreadsheetSafeCsv;

/** The audit trail as CSV, one entry a line, times in the clinic's time zone. */
final class AuditCsv implements AutoCloseable {

    private static final String[] HEADER = {"When", "User name", "Staff id", "Roles", "Action", "Subject type",
        "Subject id", "Couple id", "Outcome", "Reason", "IP address"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SpreadsheetSafeCsv printer;

    AuditCsv(Writer out) {
        printer = SpreadsheetSafeCsv.to(out, HEADER);
    }

    void write(List<AuditLogEntry> entries, ZoneId zone) {
        for (AuditLogEntry entry : entries) {
            List<Object> row = new ArrayList<>();
            row.add(WHEN.format(entry.occurredAt().atZoneSameInstant(zone)));
            row.add(entry.username());
            row.add(entry.staffId());
            row.add(String.join(" ", entry.roles()));
            row.add(entry.action().name());
            row.add(entry.subjectType());
            row.add(entry.subjectId());
            row.add(entry.coupleId());
            row.add(entry.outcome().name());
            row.add(entry.reason());
            row.add(ReadableAddress.of(entry.ipAddress()));
            printer.row(row);
        }
    }

    static String describe(AuditQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.person() != null && !query.person().isBlank()) {
            parts.add("person " + query.person());
        }
        if (query.staffId() != null) {
            parts.add("staff " + query.staffId());
        }
        if (query.coupleId() != null) {
            parts.add("couple " + query.coupleId());
        }
        if (query.action() != null) {
            parts.add("action " + query.action().name());
        }
        if (query.from() != null) {
            parts.add("from " + query.from());
        }
        if (query.to() != null) {
            parts.add("to " + query.to());
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    @Override
    public void close() {
        printer.close();
    }
}
