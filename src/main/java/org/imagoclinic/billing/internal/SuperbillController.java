package org.imagoclinic.billing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.billing.Diagnoses;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.NewDiagnosis;
import org.imagoclinic.billing.Superbills;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: partners' diagnoses (the care team's clinicians) and superbills (the front desk and
 * administrators, as PDF only, so a diagnosis reaches them nowhere else). ADR 0047.
 */
@Tag(name = "Superbills", description = "Diagnoses entered by clinicians, and superbills a partner can give their insurer")
@RestController
@RequestMapping("/api/billing")
class SuperbillController {

    private final Diagnoses diagnoses;
    private final Superbills superbills;

    SuperbillController(Diagnoses diagnoses, Superbills superbills) {
        this.diagnoses = diagnoses;
        this.superbills = superbills;
    }

    /** The last day a diagnosis applied; null for today. */
    record Ending(@Nullable LocalDate endedOn) {
    }

    @Operation(operationId = "listDiagnoses", summary = "List the partners' diagnoses for superbills")
    @GetMapping("/couples/{coupleId}/diagnoses")
    List<Diagnosis> diagnoses(@PathVariable UUID coupleId) {
        return diagnoses.ofCouple(coupleId);
    }

    @Operation(operationId = "recordDiagnosis", summary = "Record a partner's diagnosis (ICD-10)")
    @PostMapping("/couples/{coupleId}/diagnoses")
    ResponseEntity<Diagnosis> record(@PathVariable UUID coupleId, @RequestBody NewDiagnosis diagnosis) {
        Diagnosis recorded = diagnoses.record(coupleId, diagnosis);
        return ResponseEntity.created(URI.create("/api/billing/couples/" + coupleId + "/diagnoses")).body(recorded);
    }

    @Operation(operationId = "endDiagnosis", summary = "End a diagnosis")
    @PostMapping("/diagnoses/{id}/end")
    Diagnosis end(@PathVariable UUID id, @RequestBody Ending ending) {
        return diagnoses.end(id, ending.endedOn());
    }

    /** A superbill for one partner as the identified patient, covering the days from and to (both included). */
    @Operation(operationId = "superbillPdf", summary = "Download a partner's superbill for a period as PDF")
    @GetMapping(value = "/couples/{coupleId}/superbill", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> superbill(@PathVariable UUID coupleId, @RequestParam UUID personId,
                                     @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("superbill-" + from + "-" + to + ".pdf").build().toString())
                .body(superbills.pdf(coupleId, personId, from, to));
    }
}
