package org.imagoclinic.clients.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningHistory;
import org.imagoclinic.clients.Screenings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: the suitability screen and the decisions on it (the couple's care team only; audited). */
@Tag(name = "Safety screening", description = "Each partner's safety screen and the clinician's decision")
@RestController
@RequestMapping("/api/couples/{id}/screening")
class ScreeningController {

    private final Screenings screenings;

    ScreeningController(Screenings screenings) {
        this.screenings = screenings;
    }

    @Operation(operationId = "screeningHistory", summary = "List the couple's safety screens")
    @GetMapping
    ScreeningHistory history(@PathVariable UUID id) {
        return screenings.historyOf(id);
    }

    @Operation(operationId = "recordScreen", summary = "Record a partner's safety screen")
    @PostMapping
    ResponseEntity<Screen> record(@PathVariable UUID id, @RequestBody NewScreen screen) {
        Screen recorded = screenings.record(id, screen);
        return ResponseEntity.created(URI.create("/api/couples/" + id + "/screening")).body(recorded);
    }

    @Operation(operationId = "decideScreening", summary = "Record the clinician's decision on the safety screen")
    @PostMapping("/decision")
    ResponseEntity<RecordedDecision> decide(@PathVariable UUID id, @RequestBody NewDecision decision) {
        RecordedDecision recorded = screenings.decide(id, decision);
        return ResponseEntity.created(URI.create("/api/couples/" + id + "/screening")).body(recorded);
    }
}
