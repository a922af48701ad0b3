package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's wording and contact details; see {@link MessageTemplates}. */
@Service
class TemplateService implements MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w*)}}");

    private final TemplateRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageRenderer renderer;
    private final NotificationSettings settings;

    TemplateService(TemplateRepository repository, AuditTrail audit, Clock clock, MessageRenderer renderer,
                    NotificationSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
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
        check(template);
        repository.save(template, clock.instant());
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "MessageTemplate", template.kind().name()));
        return repository.get(template.kind());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(NotificationsAccess.ADMINS)
    public Preview preview(MessageTemplate template) {
        check(template);
        Instant session = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(10, 0)
                .atZone(clock.getZone()).toInstant();
        Instant replyBy = clock.instant().plus(Duration.ofDays(1));
        String link = template.kind().portal() ? settings.publicUrl() + "/portal/signin?token=(one-time link)"
                : settings.publicUrl() + Dispatcher.PORTAL_SIGN_IN_PAGE;
        MessageRenderer.Rendered rendered = renderer.render(template, repository.clinic(), "Alex",
                template.kind().withoutSession() ? null : session,
                "Room 1, Main clinic, " + repository.clinic().address(), Map.of("link", link, "validFor", "3 days",
                        "replyBy", renderer.day(replyBy) + " at " + renderer.time(replyBy), "month", "November 2026",
                        "amountDue", "250.00 GBP", "invoiceNumber", "2026-0042"));
        return new Preview(rendered.subject(), rendered.text(), rendered.html());
    }

    /** Refuses, naming each field, a template that is empty, too long or fills what its kind can't. */
    private static void check(MessageTemplate template) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "subject", template.subject());
        required(problems, "bodyText", template.bodyText());
        required(problems, "bodyHtml", template.bodyHtml());
        InputLimits.checkText(problems, "subject", template.subject(), InputLimits.LINE);
        InputLimits.checkText(problems, "bodyText", template.bodyText(), InputLimits.TEXT);
        InputLimits.checkText(problems, "bodyHtml", template.bodyHtml(), InputLimits.TEXT);
        knownPlaceholders(problems, template.kind(), "subject", template.subject());
        knownPlaceholders(problems, template.kind(), "bodyText", template.bodyText());
        knownPlaceholders(problems, template.kind(), "bodyHtml", template.bodyHtml());
        if (template.kind().portal()) {
            keepsTheLink(problems, "bodyText", template.bodyText());
            keepsTheLink(problems, "bodyHtml", template.bodyHtml());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A placeholder the message can't fill would reach the partner as written. */
    private static void knownPlaceholders(Map<String, String> problems, MessageTemplate.TemplateKind kind, String field,
                                          @Nullable String value) {
        if (value == null) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(value);
        while (placeholder.find()) {
            if (!kind.placeholders().contains(placeholder.group(1))) {
                problems.putIfAbsent(field, "{{" + placeholder.group(1) + "}} is not a placeholder of this message; use "
                        + kind.placeholders().stream().map(name -> "{{" + name + "}}").collect(Collectors.joining(", "))
                        + ".");
                return;
            }
        }
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
