package org.imagoclinic.assessments.internal.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.KioskLink;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasureKiosk;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.OutcomeReport;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: administering measures (201 with the server's score, or 400 naming the item), the couple's
 * outcomes, what is due, kiosk links, the catalogue, its published norms and the clinic-sample figures. Access as in the services.
 */
@Tag(name = "Outcome measures", description = "Questionnaires, their norms, what is due and each partner's reliable change")
@RestController
class MeasuresController {

    private final MeasureAdministrations administrations;
    private final MeasureOutcomes outcomes;
    private final MeasuresDue due;
    private final MeasureKiosk kiosk;
    private final MeasureCatalogue catalogue;
    private final ClinicSampleNorms clinicNorms;

    MeasuresController(MeasureAdministrations administrations, MeasureOutcomes outcomes, MeasuresDue due,
                       MeasureKiosk kiosk, MeasureCatalogue catalogue, ClinicSampleNorms clinicNorms) {
        this.clinicNorms = clinicNorms;
        this.administrations = administrations;
        this.outcomes = outcomes;
        this.due = due;
        this.kiosk = kiosk;
        this.catalogue = catalogue;
    }

    @Operation(operationId = "recordMeasure", summary = "Record an outcome measure")
    @PostMapping("/api/couples/{coupleId}/measures")
    ResponseEntity<Administration> administer(@PathVariable UUID coupleId, @RequestBody AdministrationRequest request) {
        Administration administration = administrations.record(coupleId, request);
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId + "/measures/" + administration.id()))
                .body(administration);
    }

    @Operation(operationId = "listMeasures", summary = "List the partners' outcome measures")
    @GetMapping("/api/couples/{coupleId}/measures")
    List<Administration> administrations(@PathVariable UUID coupleId) {
        return administrations.administrationsOf(coupleId);
    }

    @Operation(operationId = "coupleOutcomes", summary = "Show the partners' reliable change and recovery")
    @GetMapping("/api/couples/{coupleId}/outcomes")
    OutcomeReport outcomes(@PathVariable UUID coupleId) {
        return outcomes.outcomesOf(coupleId);
    }

    @Operation(operationId = "coupleMeasuresDue", summary = "List the couple's measures due")
    @GetMapping("/api/couples/{coupleId}/measures-due")
    List<MeasureDue> dueOf(@PathVariable UUID coupleId) {
        return due.dueOf(coupleId);
    }

    /** Makes the closing measure due now that the ending is planned. */
    @Operation(operationId = "planClosingMeasures", summary = "Plan the measures for the closing session")
    @PostMapping("/api/couples/{coupleId}/measures-due/closing")
    MeasureDue planClosing(@PathVariable UUID coupleId) {
        return due.planClosingMeasure(coupleId);
    }

    @Operation(operationId = "myMeasuresDue", summary = "List the measures due for one's couples")
    @GetMapping("/api/measures/due")
    List<MeasureDue> dueForMe() {
        return due.dueForMe();
    }

    /** A kiosk link to open for one partner and one instrument. */
    record KioskRequest(@Nullable UUID partnerId, @Nullable String instrument) {
    }

    @Operation(operationId = "openKiosk", summary = "Open a questionnaire on the clinic's tablet")
    @PostMapping("/api/couples/{coupleId}/kiosk-links")
    ResponseEntity<KioskLink> openKiosk(@PathVariable UUID coupleId, @RequestBody KioskRequest request) {
        KioskLink link = kiosk.open(coupleId, request.partnerId(), request.instrument() == null ? "" : request.instrument());
        return ResponseEntity.created(URI.create(link.path())).body(link);
    }

    @Operation(operationId = "listInstruments", summary = "List the outcome measures the clinic uses")
    @GetMapping("/api/measures/instruments")
    List<Instrument> instruments() {
        return catalogue.instruments();
    }

    @Operation(operationId = "getInstrument", summary = "Read an outcome measure and its norms")
    @GetMapping("/api/measures/instruments/{code}")
    Instrument instrument(@PathVariable String code) {
        return catalogue.find(code).orElseThrow(() -> new NotFoundException("There is no instrument " + code + "."));
    }

    /**
     * Norms as an administrator enters them; {@code effectiveFrom} is the first day whose measurements
     * they judge (left out: from the start, for every day before the first dated set).
     */
    record NormsRequest(@Nullable BigDecimal sd, @Nullable BigDecimal reliability, @Nullable String source,
                        @Nullable LocalDate effectiveFrom) {
    }

    @Operation(operationId = "updatePublishedNorms", summary = "Enter published norms for an outcome measure, "
            + "in force from a day; earlier sets stay in the history")
    @PutMapping("/api/measures/instruments/{code}/norms")
    Instrument updateNorms(@PathVariable String code, @RequestBody NormsRequest request) {
        return catalogue.updateNorms(code, new Norms(request.sd(), request.reliability(), request.source(),
                request.effectiveFrom()));
    }

    /** Every published set entered, with the day it is in force from and who entered it; administrators. */
    @Operation(operationId = "publishedNormsHistory", summary = "List the published norms entered for an outcome "
            + "measure, with their effective dates")
    @GetMapping("/api/measures/instruments/{code}/norms")
    List<MeasureCatalogue.PublishedNormsEntry> normsHistory(@PathVariable String code) {
        return catalogue.normsHistory(code);
    }

    /** The clinic-sample figures in force and their dated history (ADR 0032); administrators. */
    @Operation(operationId = "clinicNorms", summary = "Show the norms computed from the clinic's own baselines")
    @GetMapping("/api/measures/instruments/{code}/clinic-norms")
    ClinicSampleNorms.History clinicNorms(@PathVariable String code) {
        return clinicNorms.history(code);
    }

    /** Freezes ({@code true}) or unfreezes the clinic-sample figures. */
    record FreezeRequest(@Nullable Boolean frozen) {
    }

    @Operation(operationId = "freezeClinicNorms", summary = "Freeze or release the clinic's own norms")
    @PutMapping("/api/measures/instruments/{code}/clinic-norms")
    ClinicSampleNorms.History freezeClinicNorms(@PathVariable String code, @RequestBody FreezeRequest request) {
        if (request.frozen() == null) {
            throw new InvalidInputException("frozen", "Say true to freeze the clinic figures or false to let them change.");
        }
        return request.frozen() ? clinicNorms.freeze(code) : clinicNorms.unfreeze(code);
    }
}
