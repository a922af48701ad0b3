package org.imagoclinic.records.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.records.CorrectionDecision;
import org.imagoclinic.records.NewRecordRequest;
import org.imagoclinic.records.RecordCopies;
import org.imagoclinic.records.RecordCopies.RecordCopy;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: partners' requests about their record, and copies of a record as a zip archive (a PDF and JSON,
 * docs/record-copy.md). Who may do what is the services' rule (ADR 0040); errors are problem details.
 * A copy is a POST: making one is audited and fulfils the open request it answers.
 */
@Tag(name = "Record rights", description = "Copies of a record, and requests to see or correct one")
@RestController
class RecordsController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final RecordRequests requests;
    private final RecordCopies copies;

    RecordsController(RecordRequests requests, RecordCopies copies) {
        this.requests = requests;
        this.copies = copies;
    }

    /** The couple's requests, newest first. */
    @Operation(operationId = "coupleRecordRequests", summary = "List the couple's requests about their record")
    @GetMapping("/api/couples/{coupleId}/record-requests")
    List<RecordRequest> ofCouple(@PathVariable UUID coupleId) {
        return requests.ofCouple(coupleId);
    }

    /** Records a partner's request as received; the 30 days run from {@code receivedOn}. */
    @Operation(operationId = "recordRecordRequest", summary = "Record a request to see or correct a record")
    @PostMapping("/api/couples/{coupleId}/record-requests")
    ResponseEntity<RecordRequest> record(@PathVariable UUID coupleId, @RequestBody NewRecordRequest request) {
        RecordRequest recorded = requests.record(coupleId, request);
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId + "/record-requests")).body(recorded);
    }

    /** A clinician's decision on a correction request: an addendum to a signed note, or a reasoned refusal. */
    @Operation(operationId = "decideRecordRequest", summary = "Decide a request about a record")
    @PostMapping("/api/record-requests/{id}/decision")
    RecordRequest decide(@PathVariable UUID id, @RequestBody CorrectionDecision decision) {
        return requests.decide(id, decision);
    }

    /** Every open request of the clinic, nearest its 30-day limit first (administrators). */
    @Operation(operationId = "openRecordRequests", summary = "List the requests about records still open")
    @GetMapping("/api/record-requests/open")
    List<RecordRequest> open() {
        return requests.open();
    }

    /** One partner's copy of their record, as a zip archive. */
    @Operation(operationId = "partnerRecordCopy", summary = "Make a partner's copy of their record")
    @PostMapping(value = "/api/couples/{coupleId}/partners/{partnerId}/record-copy", produces = "application/zip")
    ResponseEntity<byte[]> partnerCopy(@PathVariable UUID coupleId, @PathVariable UUID partnerId) {
        return zip(copies.partnerCopy(coupleId, partnerId));
    }

    /** The couple's joint copy (joint content only), once both partners have asked, as a zip archive. */
    @Operation(operationId = "coupleRecordCopy", summary = "Make the couple's joint copy of their record")
    @PostMapping(value = "/api/couples/{coupleId}/record-copy", produces = "application/zip")
    ResponseEntity<byte[]> coupleCopy(@PathVariable UUID coupleId) {
        return zip(copies.coupleCopy(coupleId));
    }

    private static ResponseEntity<byte[]> zip(RecordCopy copy) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(copy.fileName()).build()
                        .toString())
                .body(copy.zip());
    }
}
