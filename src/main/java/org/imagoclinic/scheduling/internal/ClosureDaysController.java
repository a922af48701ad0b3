package org.imagoclinic.scheduling.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.ClosureAdded;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.NewClosureDay;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: the days the whole clinic is closed; changes for administrators. */
@Tag(name = "Closure days", description = "Days the whole clinic is closed (holidays): series skip them, bookings warn")
@RestController
@RequestMapping("/api/closure-days")
class ClosureDaysController {

    private final ClosureDays closures;

    ClosureDaysController(ClosureDays closures) {
        this.closures = closures;
    }

    @Operation(operationId = "listClosureDays", summary = "List the clinic's closure days, upcoming first, then past ones")
    @GetMapping
    List<ClosureDay> list() {
        return closures.list();
    }

    @Operation(operationId = "addClosureDays", summary = "Close the clinic on a day or a run of days; "
            + "answers with the sessions already booked on them, for the front desk to move")
    @PostMapping
    ResponseEntity<ClosureAdded> add(@RequestBody NewClosureDay closure) {
        ClosureAdded added = closures.add(closure);
        return ResponseEntity.created(URI.create("/api/closure-days/" + added.closure().id())).body(added);
    }

    @Operation(operationId = "removeClosureDays", summary = "Remove a closure that has not ended yet")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        closures.remove(id);
        return ResponseEntity.noContent().build();
    }
}
