package org.imagoclinic.assessments.internal.imago;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewFollowUp;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.RequestFollowUp;
import org.imagoclinic.assessments.TemperatureReading;
import org.imagoclinic.assessments.WoundExploration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: a couple's Imago records, one path per kind. A list holds every version, newest first, each
 * with {@code current}; {@code partnerId} narrows it to one partner's records.
 */
@Tag(name = "Imago records", description = "The Imago exercises a couple works through, partner by partner")
@RestController
@RequestMapping("/api/couples/{coupleId}/imago")
class ImagoRecordsController {

    private final ImagoRecords records;

    ImagoRecordsController(ImagoRecords records) {
        this.records = records;
    }

    @Operation(operationId = "listProfiles", summary = "List the partners' Imago profiles")
    @GetMapping("/profiles")
    List<ImagoRecord> profiles(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId) {
        return records.list(coupleId, ImagoRecordKind.IMAGO_PROFILE, partnerId);
    }

    @Operation(operationId = "recordProfile", summary = "Record a partner's Imago profile")
    @PostMapping("/profiles")
    ResponseEntity<ImagoRecord> profile(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<ImagoProfile> body) {
        return created(coupleId, "profiles", body);
    }

    @Operation(operationId = "listWoundExplorations", summary = "List the partners' childhood wound explorations")
    @GetMapping("/wound-explorations")
    List<ImagoRecord> wounds(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId) {
        return records.list(coupleId, ImagoRecordKind.WOUND_EXPLORATION, partnerId);
    }

    @Operation(operationId = "recordWoundExploration", summary = "Record a childhood wound exploration")
    @PostMapping("/wound-explorations")
    ResponseEntity<ImagoRecord> wound(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<WoundExploration> body) {
        return created(coupleId, "wound-explorations", body);
    }

    @Operation(operationId = "listDialogues", summary = "List the couple's Imago dialogues")
    @GetMapping("/dialogues")
    List<ImagoRecord> dialogues(@PathVariable UUID coupleId) {
        return records.list(coupleId, ImagoRecordKind.DIALOGUE, null);
    }

    @Operation(operationId = "recordDialogue", summary = "Record an Imago dialogue", description = """
            `rounds` holds the first round and, when the partners swapped roles, the second (its sender is \
            the first round's receiver). Each round has `senderId`, `receiverId`, `senderRatings` (`oneTopic`, \
            `iStatements`, `askedForDialogue`) and `receiverRatings` (`mirroring`, `summary`, `validation`, \
            `empathy`), each 1 to 5 or null. A refusal names each field, e.g. `content.rounds[1].senderId`.""")
    @PostMapping("/dialogues")
    ResponseEntity<ImagoRecord> dialogue(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<Dialogue> body) {
        return created(coupleId, "dialogues", body);
    }

    @Operation(operationId = "listBehaviourChangeRequests", summary = "List the couple's behaviour change requests")
    @GetMapping("/requests")
    List<ImagoRecord> requests(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId) {
        return records.list(coupleId, ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST, partnerId);
    }

    @Operation(operationId = "recordBehaviourChangeRequest", summary = "Record a behaviour change request")
    @PostMapping("/requests")
    ResponseEntity<ImagoRecord> request(@PathVariable UUID coupleId,
                                        @RequestBody NewImagoRecord<BehaviourChangeRequest> body) {
        return created(coupleId, "requests", body);
    }

    @Operation(operationId = "listFollowUps", summary = "List the follow-ups of a behaviour change request")
    @GetMapping("/requests/{requestId}/follow-ups")
    List<RequestFollowUp> followUps(@PathVariable UUID coupleId, @PathVariable UUID requestId) {
        return records.followUpsOf(coupleId, requestId);
    }

    @Operation(operationId = "recordFollowUp", summary = "Record a follow-up of a behaviour change request")
    @PostMapping("/requests/{requestId}/follow-ups")
    ResponseEntity<RequestFollowUp> followUp(@PathVariable UUID coupleId, @PathVariable UUID requestId,
                                             @RequestBody NewFollowUp body) {
        RequestFollowUp followUp = records.followUp(coupleId, requestId, body);
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId + "/imago/requests/" + requestId
                + "/follow-ups/" + followUp.id())).body(followUp);
    }

    @Operation(operationId = "listPositiveTraits", summary = "List the partners' re-imaging of each other's positive traits")
    @GetMapping("/traits")
    List<ImagoRecord> traits(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId) {
        return records.list(coupleId, ImagoRecordKind.POSITIVE_TRAITS, partnerId);
    }

    @Operation(operationId = "recordPositiveTraits", summary = "Record a partner's re-imaging of the other's positive traits")
    @PostMapping("/traits")
    ResponseEntity<ImagoRecord> trait(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<PositiveTraits> body) {
        return created(coupleId, "traits", body);
    }

    @Operation(operationId = "listCaringBehaviours", summary = "List the couple's caring behaviours")
    @GetMapping("/caring-behaviours")
    List<ImagoRecord> caring(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId) {
        return records.list(coupleId, ImagoRecordKind.CARING_BEHAVIOURS, partnerId);
    }

    @Operation(operationId = "recordCaringBehaviours", summary = "Record caring behaviours")
    @PostMapping("/caring-behaviours")
    ResponseEntity<ImagoRecord> caring(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<CaringBehaviours> body) {
        return created(coupleId, "caring-behaviours", body);
    }

    @Operation(operationId = "listAppreciations", summary = "List the couple's appreciations")
    @GetMapping("/appreciations")
    List<ImagoRecord> appreciations(@PathVariable UUID coupleId) {
        return records.list(coupleId, ImagoRecordKind.APPRECIATIONS, null);
    }

    @Operation(operationId = "recordAppreciations", summary = "Record appreciations")
    @PostMapping("/appreciations")
    ResponseEntity<ImagoRecord> appreciations(@PathVariable UUID coupleId,
                                              @RequestBody NewImagoRecord<Appreciations> body) {
        return created(coupleId, "appreciations", body);
    }

    @Operation(operationId = "getRelationshipVision", summary = "Read the couple's relationship vision")
    @GetMapping("/vision")
    List<ImagoRecord> vision(@PathVariable UUID coupleId) {
        return records.list(coupleId, ImagoRecordKind.RELATIONSHIP_VISION, null);
    }

    @Operation(operationId = "recordRelationshipVision", summary = "Record the couple's relationship vision")
    @PostMapping("/vision")
    ResponseEntity<ImagoRecord> vision(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<RelationshipVision> body) {
        return created(coupleId, "vision", body);
    }

    @Operation(operationId = "listExits", summary = "List the couple's exits")
    @GetMapping("/exits")
    List<ImagoRecord> exits(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId) {
        return records.list(coupleId, ImagoRecordKind.EXITS, partnerId);
    }

    @Operation(operationId = "recordExits", summary = "Record the exits a partner is closing")
    @PostMapping("/exits")
    ResponseEntity<ImagoRecord> exits(@PathVariable UUID coupleId, @RequestBody NewImagoRecord<Exits> body) {
        return created(coupleId, "exits", body);
    }

    @Operation(operationId = "listTemperatureReadings", summary = "List the couple's temperature readings")
    @GetMapping("/temperature-readings")
    List<ImagoRecord> readings(@PathVariable UUID coupleId) {
        return records.list(coupleId, ImagoRecordKind.TEMPERATURE_READING, null);
    }

    @Operation(operationId = "recordTemperatureReading", summary = "Record a temperature reading")
    @PostMapping("/temperature-readings")
    ResponseEntity<ImagoRecord> reading(@PathVariable UUID coupleId,
                                        @RequestBody NewImagoRecord<TemperatureReading> body) {
        return created(coupleId, "temperature-readings", body);
    }

    private ResponseEntity<ImagoRecord> created(UUID coupleId, String path, NewImagoRecord<? extends ImagoContent> body) {
        ImagoRecord record = records.record(coupleId, body);
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId + "/imago/" + path + "/" + record.id()))
                .body(record);
    }
}
