package org.imagoclinic.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.security.BreakGlassReview;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: break-glass access to a couple outside one's care team (at most three grants a clinic day,
 * a fourth is a 422 problem detail), the log, and the review queue in which supervisors and
 * administrators acknowledge every grant.
 */
@Tag(name = "Emergency access", description = "Break-glass grants to a record outside one's care team, and their review")
@RestController
@RequestMapping("/api")
class BreakGlassController {

    private final ClinicalAccess access;
    private final BreakGlassReview review;

    BreakGlassController(ClinicalAccess access, BreakGlassReview review) {
        this.access = access;
        this.review = review;
    }

    @Operation(operationId = "openBreakGlass", summary = "Open emergency access to a couple's record")
    @PostMapping("/couples/{coupleId}/break-glass")
    ResponseEntity<BreakGlassGrant> open(@PathVariable UUID coupleId, @RequestBody BreakGlassRequest request) {
        BreakGlassGrant grant = access.breakGlass(coupleId, request.category(),
                request.reason() == null ? "" : request.reason());
        return ResponseEntity.created(URI.create("/api/break-glass/" + grant.id())).body(grant);
    }

    @Operation(operationId = "breakGlassLog", summary = "List emergency access grants")
    @GetMapping("/break-glass")
    List<BreakGlassGrant> log(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return access.breakGlassLog(from, to);
    }

    /** The grants nobody has acknowledged yet, oldest first. */
    @Operation(operationId = "breakGlassReviewQueue", summary = "List emergency access grants awaiting review")
    @GetMapping("/break-glass/review-queue")
    List<BreakGlassGrant> awaitingReview() {
        return review.awaitingReview();
    }

    /** Acknowledges a grant as reviewed: 404 unknown, 409 reviewed already, 403 one's own. */
    @Operation(operationId = "acknowledgeBreakGlass", summary = "Acknowledge an emergency access grant after review")
    @PostMapping("/break-glass/{grantId}/acknowledgement")
    BreakGlassGrant acknowledge(@PathVariable UUID grantId) {
        return review.acknowledge(grantId);
    }

    /**
     * Why the record must be opened.
     *
     * @param category the reason chosen from the list
     * @param reason the reason in one's own words; at least ten characters
     */
    record BreakGlassRequest(@Nullable BreakGlassCategory category, @Nullable String reason) {
    }
}
