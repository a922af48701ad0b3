package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.ConsentTexts;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versioned consent texts; see {@link ConsentTexts}. */
@Service
class ConsentTextService implements ConsentTexts {

    static final String SUBJECT = "ConsentText";

    private final ConsentRepository consents;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentTextService(ConsentRepository consents, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.consents = consents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentText> current() {
        return consents.current();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ConsentText publish(ConsentKind kind, String title, String body) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanTitle = title == null ? "" : title.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (kind == null) {
            problems.put("kind", "Choose which consent this text is for.");
        }
        if (cleanTitle.isEmpty()) {
            problems.put("title", "Give the text a title.");
        }
        if (cleanBody.isEmpty()) {
            problems.put("body", "Write the text partners sign.");
        }
        InputLimits.checkText(problems, "title", cleanTitle, InputLimits.LINE);
        InputLimits.checkText(problems, "body", cleanBody, InputLimits.TEXT);
        if (kind != null && consents.current().stream().anyMatch(text -> text.kind() == kind
                && text.body().equals(cleanBody) && text.title().equals(cleanTitle))) {
            problems.put("body", "This is the current text already: change it to publish a new version.");
        }
        InputLimits.refuseAny(problems);
        int version = consents.lockNewestVersion(kind) + 1;
        ConsentText text = new ConsentText(UUID.randomUUID(), kind, version, cleanTitle, cleanBody, Sha256.hex(cleanBody),
                clock.instant(), currentUser.require().displayName());
        consents.insertText(text);
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, text.id().toString(), null, AuditOutcome.ALLOWED,
                kind.label() + ", version " + version));
        return text;
    }
}
