package org.imagoclinic.security.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: break-glass access to a couple outside one's care team, and the log for review. */
@RestController
@RequestMapping("/api")
class BreakGlassController {

    private final ClinicalAccess access;

    BreakGlassController(ClinicalAccess access) {
        this.access = access;
    }

    @PostMapping("/couples/{coupleId}/break-glass")
    ResponseEntity<BreakGlassGrant> open(@PathVariable UUID coupleId, @RequestBody BreakGlassRequest request) {
        BreakGlassGrant grant = access.breakGlass(coupleId, request.reason() == null ? "" : request.reason());
        return ResponseEntity.created(URI.create("/api/break-glass/" + grant.id())).body(grant);
    }

    @GetMapping("/break-glass")
    List<BreakGlassGrant> log(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return access.breakGlassLog(from, to);
    }

    /** Why the record must be opened; at least a sentence. */
    record BreakGlassRequest(String reason) {
    }
}
