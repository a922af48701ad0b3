package org.imagoclinic.clients.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.JointSessionPurpose;
import org.imagoclinic.clients.CareStatus;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConfidentialityPolicies;
import org.imagoclinic.clients.ConfidentialityPolicyChange;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.CoupleUpdate;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Intake;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PersonMatch;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningHold;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: couples, their details, intake and consents, the duplicate-person check, and the booking
 * answer for integrations. Errors are problem details: 400 naming each field, 404, 409 (a possible
 * duplicate person comes with the matches).
 */
@Tag(name = "Couples", description = "Registering couples, their partners, intake, consents and confidentiality")
@RestController
@RequestMapping("/api")
class CouplesController {

    private final Couples couples;
    private final ConfidentialityPolicies policies;
    private final BookingEligibility booking;

    CouplesController(Couples couples, ConfidentialityPolicies policies, BookingEligibility booking) {
        this.couples = couples;
        this.policies = policies;
        this.booking = booking;
    }

    /** A new confidentiality policy with both partners' consent: the care team only (ADR 0028). */
    @Operation(operationId = "changeConfidentialityPolicy", summary = "Change the couple's confidentiality policy with both partners' consent")
    @PutMapping("/couples/{id}/confidentiality-policy")
    Couple changeConfidentialityPolicy(@PathVariable UUID id, @RequestBody ConfidentialityPolicyChange change) {
        return policies.change(id, change);
    }

    @Operation(operationId = "registerCouple", summary = "Register a couple")
    @PostMapping("/couples")
    ResponseEntity<Couple> register(@RequestBody CoupleRegistration registration) {
        Couple couple = couples.register(registration);
        return ResponseEntity.created(URI.create("/api/couples/" + couple.id())).body(couple);
    }

    @Operation(operationId = "findCouples", summary = "Find couples by name")
    @GetMapping("/couples")
    List<CoupleSummary> find(@RequestParam(required = false) @Nullable String name,
                             @RequestParam(required = false) @Nullable UUID therapistId,
                             @RequestParam(required = false) @Nullable CareStatus careStatus,
                             @RequestParam(required = false) @Nullable ScreeningHold screeningHold,
                             @RequestParam(required = false) @Nullable ScreeningFlag flag,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(defaultValue = "50") int limit) {
        return couples.find(new CoupleQuery(name, therapistId, careStatus, screeningHold, flag), offset, limit);
    }

    @Operation(operationId = "getCouple", summary = "Read a couple")
    @GetMapping("/couples/{id}")
    Couple get(@PathVariable UUID id) {
        return couples.get(id);
    }

    @Operation(operationId = "updateCouple", summary = "Change a couple's details")
    @PutMapping("/couples/{id}")
    Couple update(@PathVariable UUID id, @RequestBody CoupleUpdate update) {
        return couples.update(id, update);
    }

    @Operation(operationId = "getIntake", summary = "Read the couple's intake")
    @GetMapping("/couples/{id}/intake")
    Intake intake(@PathVariable UUID id) {
        return couples.intakeOf(id);
    }

    @Operation(operationId = "updateIntake", summary = "Change the couple's intake")
    @PutMapping("/couples/{id}/intake")
    Intake updateIntake(@PathVariable UUID id, @RequestBody IntakeDetails intake) {
        return couples.updateIntake(id, intake);
    }

    @Operation(operationId = "recordConsents", summary = "Record the partners' consents")
    @PostMapping("/couples/{id}/consents")
    ResponseEntity<Couple> recordConsents(@PathVariable UUID id, @RequestBody ConsentsRequest request) {
        return ResponseEntity.status(201).body(couples.recordConsents(id, request.consents()));
    }

    @Operation(operationId = "bookingEligibility", summary = "Say whether the couple can be booked, and why not")
    @GetMapping("/couples/{id}/booking-eligibility")
    BookingEligibility.Answer bookingEligibility(@PathVariable UUID id,
                                                 @RequestParam(defaultValue = "TREATMENT") JointSessionPurpose purpose) {
        return booking.jointSession(id, purpose);
    }

    /** Known people who may be the partner being registered, for the confirm step. */
    @Operation(operationId = "matchingPersons", summary = "Find people already registered under a name and birth date")
    @GetMapping("/persons/matches")
    List<PersonMatch> matches(@RequestParam(required = false) @Nullable String firstName,
                              @RequestParam(required = false) @Nullable String lastName,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                              @RequestParam(required = false) @Nullable String email) {
        return couples.matchingPersons(new PartnerDetails(firstName, lastName, null, null, dateOfBirth, email, null,
                null, null));
    }

    /** Consents given or withdrawn, each by one partner. */
    record ConsentsRequest(List<ConsentEntry> consents) {
    }
}
