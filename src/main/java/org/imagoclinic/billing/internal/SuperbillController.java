package org.imagoclinic.billing.internal;

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

    @GetMapping("/couples/{coupleId}/diagnoses")
    List<Diagnosis> diagnoses(@PathVariable UUID coupleId) {
        return diagnoses.ofCouple(coupleId);
    }

    @PostMapping("/couples/{coupleId}/diagnoses")
    ResponseEntity<Diagnosis> record(@PathVariable UUID coupleId, @RequestBody NewDiagnosis diagnosis) {
        Diagnosis recorded = diagnoses.record(coupleId, diagnosis);
        return ResponseEntity.created(URI.create("/api/billing/couples/" + coupleId + "/diagnoses")).body(recorded);
    }

    @PostMapping("/diagnoses/{id}/end")
    Diagnosis end(@PathVariable UUID id, @RequestBody Ending ending) {
        return diagnoses.end(id, ending.endedOn());
    }

    /** A superbill for one partner as the identified patient, covering the days from and to (both included). */
    @GetMapping(value = "/couples/{coupleId}/superbill", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> superbill(@PathVariable UUID coupleId, @RequestParam UUID personId,
                                     @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("superbill-" + from + "-" + to + ".pdf").build().toString())
                .body(superbills.pdf(coupleId, personId, from, to));
    }
}
