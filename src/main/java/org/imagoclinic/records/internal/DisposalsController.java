package org.imagoclinic.records.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Disposal of records", description = "Retention ended: the daily list of couples whose records may go, approved or held by an administrator")
@RestController
class DisposalsController {

    private final RecordDisposals disposals;

    DisposalsController(RecordDisposals disposals) {
        this.disposals = disposals;
    }

    /** Entries waiting for approval, held, or being disposed of. */
    @Operation(operationId = "listDisposals", summary = "List the couples whose retention has ended, and their disposal")
    @GetMapping("/api/disposals")
    List<Disposal> list() {
        return disposals.list();
    }

    /** Lists now what the daily task would list today; answers how many couples were added. */
    @Operation(operationId = "listDisposalsDueNow", summary = "Look for couples whose retention has ended now, without waiting for the night")
    @PostMapping("/api/disposals/listing")
    int listDue() {
        return disposals.listDue();
    }

    /** Approves one entry: every module disposes of its part of the couple's record. */
    @Operation(operationId = "approveDisposal", summary = "Approve a disposal: every module deletes the couple's records")
    @PostMapping("/api/disposals/{id}/approval")
    Disposal approve(@PathVariable UUID id) {
        return disposals.approve(id);
    }

    /** Holds one entry with a reason, e.g. a legal hold. */
    @Operation(operationId = "holdDisposal", summary = "Hold a disposal, with the reason (for example a legal hold)")
    @PostMapping("/api/disposals/{id}/hold")
    Disposal hold(@PathVariable UUID id, @RequestBody DisposalHold hold) {
        return disposals.hold(id, hold);
    }
}
