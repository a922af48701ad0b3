package org.imagoclinic.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.notifications.PartnerPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the outbox (front desk and administrators), each partner's message preferences, and the
 * clinic's message templates and contact details (administrators change them).
 */
@Tag(name = "Messages", description = "The outbox, message templates, and each partner's consents and channels")
@RestController
@RequestMapping("/api/notifications")
class NotificationsController {

    private final Outbox outbox;
    private final MessagePreferences preferences;
    private final MessageTemplates templates;

    NotificationsController(Outbox outbox, MessagePreferences preferences, MessageTemplates templates) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.templates = templates;
    }

    /** Messages in the outbox, newest first (at most 500): filter by couple, status and the days they were created. */
    @Operation(operationId = "findMessages", summary = "Search the outbox")
    @GetMapping
    List<OutboxMessage> find(@RequestParam(required = false) @Nullable UUID coupleId,
                             @RequestParam(required = false) @Nullable MessageStatus status,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return outbox.find(new OutboxQuery(coupleId, status, from, to));
    }

    /** A partner's consent per channel, preferred channel and safe contact. */
    @Operation(operationId = "messagePreferences", summary = "Read a partner's message consents and channels")
    @GetMapping("/preferences/{partnerId}")
    PartnerPreferences preferences(@PathVariable UUID partnerId) {
        return preferences.of(partnerId);
    }

    /** Records a partner's message preferences (front desk, administrators; audited). */
    @Operation(operationId = "recordMessagePreferences", summary = "Record a partner's message consents and channels")
    @PutMapping("/couples/{coupleId}/preferences")
    PartnerPreferences record(@PathVariable UUID coupleId, @RequestBody PartnerPreferences body) {
        return preferences.record(coupleId, body);
    }

    /** The clinic's message templates. */
    @Operation(operationId = "listTemplates", summary = "List the message templates")
    @GetMapping("/templates")
    List<MessageTemplate> templates() {
        return templates.templates();
    }

    /** Replaces one message template (administrators; audited). */
    @Operation(operationId = "replaceTemplate", summary = "Change a message template")
    @PutMapping("/templates")
    MessageTemplate replace(@RequestBody MessageTemplate template) {
        return templates.replace(template);
    }

    /** A template filled in with the clinic's details and a made-up session, checked but not stored (administrators). */
    @Operation(operationId = "previewTemplate", summary = "Preview a message template with the clinic's details and a made-up session")
    @PostMapping("/templates/preview")
    MessageTemplates.Preview preview(@RequestBody MessageTemplate template) {
        return templates.preview(template);
    }

    /** The clinic's name, address, phone and cancellation policy that messages carry. */
    @Operation(operationId = "clinicContact", summary = "Read the clinic's contact details used in messages")
    @GetMapping("/clinic-contact")
    ClinicContact clinicContact() {
        return templates.clinicContact();
    }

    /** Replaces the clinic's contact details in messages (administrators; audited). */
    @Operation(operationId = "replaceClinicContact", summary = "Change the clinic's contact details used in messages")
    @PutMapping("/clinic-contact")
    ClinicContact replaceClinicContact(@RequestBody ClinicContact contact) {
        return templates.replaceClinicContact(contact);
    }
}
