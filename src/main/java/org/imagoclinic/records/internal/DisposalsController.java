package org.imagoclinic.records.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.records.Disposal;
import org.imagoclinic.records.DisposalHold;
import org.imagoclinic.records.RecordDisposals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the disposal list of couples whose retention has ended, for administrators (ADR 0049). Approval
 * starts the disposal in every module; a hold keeps the record with a reason. Errors are problem details.
 */
@RestController
class DisposalsController {

    private final RecordDisposals disposals;

    DisposalsController(RecordDisposals disposals) {
        this.disposals = disposals;
    }

    /** Entries waiting for approval, held, or being disposed of. */
    @GetMapping("/api/disposals")
    List<Disposal> list() {
        return disposals.list();
    }

    /** Lists now what the daily task would list today; answers how many couples were added. */
    @PostMapping("/api/disposals/listing")
    int listDue() {
        return disposals.listDue();
    }

    /** Approves one entry: every module disposes of its part of the couple's record. */
    @PostMapping("/api/disposals/{id}/approval")
    Disposal approve(@PathVariable UUID id) {
        return disposals.approve(id);
    }

    /** Holds one entry with a reason, e.g. a legal hold. */
    @PostMapping("/api/disposals/{id}/hold")
    Disposal hold(@PathVariable UUID id, @RequestBody DisposalHold hold) {
        return disposals.hold(id, hold);
    }
}
