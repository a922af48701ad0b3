package org.imagoclinic.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: the audit trail for administrators and supervisors, as JSON pages or a CSV export. */
@Tag(name = "Audit trail", description = "Who read or changed what, and when")
@RestController
@RequestMapping("/api")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Operation(operationId = "findAuditEntries", summary = "Search the audit trail")
    @GetMapping("/audit")
    List<AuditLogEntry> find(@RequestParam(required = false) @Nullable String person,
                             @RequestParam(required = false) @Nullable UUID staffId,
                             @RequestParam(required = false) @Nullable UUID coupleId,
                             @RequestParam(required = false) @Nullable AuditAction action,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(defaultValue = "100") int limit) {
        return log.find(new AuditQuery(person, staffId, coupleId, action, withinCalendar("from", from),
                withinCalendar("to", to)), Math.max(0, offset),
                Math.clamp(limit, 1, 1000));
    }

    /** Dates the database can keep; a CSV download can't turn into a problem detail once it has started. */
    private static @Nullable LocalDate withinCalendar(String field, @Nullable LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new InvalidInputException(field, "Give a date between the years 1 and 9999.");
        }
        return date;
    }

    @Operation(operationId = "exportAuditTrail", summary = "Download the audit trail as CSV")
    @GetMapping(value = "/audit.csv", produces = "text/csv")
    void export(@RequestParam(required = false) @Nullable String person,
                @RequestParam(required = false) @Nullable UUID staffId,
                @RequestParam(required = false) @Nullable UUID coupleId,
                @RequestParam(required = false) @Nullable AuditAction action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                HttpServletResponse response) throws IOException {
        AuditQuery query = new AuditQuery(person, staffId, coupleId, action, withinCalendar("from", from),
                withinCalendar("to", to));
        // a CSV response only once the audit log has let the caller in and read the first rows: a
        // refusal or bad input must still be able to answer with a problem detail
        log.exportCsv(query, new DeferredWriter(response));
    }
}
