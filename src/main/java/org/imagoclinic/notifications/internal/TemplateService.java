package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's wording and contact details; see {@link MessageTemplates}. */
@Service
class TemplateService implements MessageTemplates {

    private final TemplateRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    TemplateService(TemplateRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(NotificationsAccess.STAFF)
    public List<MessageTemplate> templates() {
        return repository.all();
    }

    @Override
    @Transactional
    @PreAuthorize(NotificationsAccess.ADMINS)
    public MessageTemplate replace(MessageTemplate template) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "subject", template.subject());
        required(problems, "bodyText", template.bodyText());
        required(problems, "bodyHtml", template.bodyHtml());
        if (template.kind().portal()) {
            keepsTheLink(problems, "bodyText", template.bodyText());
            keepsTheLink(problems, "bodyHtml", template.bodyHtml());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.save(template, clock.instant());
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "MessageTemplate", template.kind().name()));
        return repository.get(template.kind());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(NotificationsAccess.STAFF)
    public ClinicContact clinicContact() {
        return repository.clinic();
    }

    @Override
    @Transactional
    @PreAuthorize(NotificationsAccess.ADMINS)
    public ClinicContact replaceClinicContact(ClinicContact contact) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "clinicName", contact.clinicName());
        required(problems, "address", contact.address());
        required(problems, "phone", contact.phone());
        required(problems, "cancellationPolicy", contact.cancellationPolicy());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.save(contact);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "ClinicContact", "clinic"));
        return repository.clinic();
    }

    /** A portal message without its link would leave the partner unable to sign in. */
    private static void keepsTheLink(Map<String, String> problems, String field, @Nullable String value) {
        if (value != null && !value.contains("{{link}}")) {
            problems.putIfAbsent(field, "Keep {{link}} in this message: the partner signs in with it.");
        }
    }

    private static void required(Map<String, String> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.put(field, "This can't be empty.");
        }
    }
}
