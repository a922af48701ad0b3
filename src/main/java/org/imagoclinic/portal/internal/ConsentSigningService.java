package org.imagoclinic.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.ConsentSignedAtHome;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentSigning;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.imagoclinic.portal.internal.ConsentRepository.SignatureOf;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Consents signed in the portal; see {@link ConsentSigning}. */
@Service
class ConsentSigningService implements ConsentSigning {

    static final String SUBJECT = "ConsentSignature";

    private final PortalSession session;
    private final ConsentRepository consents;
    private final ClinicalAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentSigningService(PortalSession session, ConsentRepository consents, ClinicalAccess access, AuditTrail audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.session = session;
        this.events = events;
        this.consents = consents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentText> toSign() {
        SignedInPartner me = session.require();
        Set<UUID> signed = consents.signatures(me.coupleId(), me.personId()).stream()
                .map(ConsentSignature::consentTextId).collect(Collectors.toSet());
        return consents.current().stream().filter(text -> !signed.contains(text.id())).toList();
    }

    @Override
    @Transactional
    public ConsentSignature sign(UUID consentTextId, String typedName) {
        SignedInPartner me = session.require();
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("typedName", "Type your full name to sign.");
        }
        InputLimits.requireText("typedName", name, InputLimits.NAME);
        ConsentText text = consents.current().stream().filter(current -> current.id().equals(consentTextId)).findFirst()
                .orElseThrow(() -> new ConflictException("The clinic has changed this text since you opened it: "
                        + "reload the page and read the new version before you sign."));
        UUID id = UUID.randomUUID();
        try {
            consents.insertSignature(id, me.accountId(), me.coupleId(), me.personId(), text, name, clock.instant(),
                    ipAddress());
        } catch (DuplicateKeyException signedAlready) {
            throw new ConflictException("You have signed this version already.");
        }
        audit.record(new AuditRecord(AuditAction.SIGN, SUBJECT, id.toString(), me.coupleId(), AuditOutcome.ALLOWED,
                text.kind().label() + ", version " + text.version()), PortalSignInOutcomes.actorOf(me.accountId()));
        // the clinic's own consents record follows (ADR 0055): the Consents tab and the "no consent" checks see it
        events.publishEvent(new ConsentSignedAtHome(id, me.coupleId(), me.personId(), text.kind(), me.calledName(),
                clock.instant()));
        return consents.signatures(me.coupleId(), me.personId()).stream()
                .filter(signature -> signature.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentSignature> mine() {
        SignedInPartner me = session.require();
        return consents.signatures(me.coupleId(), me.personId());
    }

    @Override
    // not read-only: the access check writes the audit trail
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public List<ConsentSignature> ofCouple(UUID coupleId) {
        access.require(RecordKind.COUPLE_CONTACTS, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return consents.signatures(coupleId, null);
    }

    @Override
    @Transactional
    public byte[] pdf(UUID signatureId) {
        SignatureOf found = consents.signature(signatureId)
                .orElseThrow(() -> new NotFoundException("No such signed consent."));
        SignedInPartner partner = session.current().orElse(null);
        if (partner != null) {
            if (!found.coupleId().equals(partner.coupleId()) || !found.signature().personId().equals(partner.personId())) {
                throw new NotFoundException("No such signed consent.");
            }
            audit.record(new AuditRecord(AuditAction.EXPORT, SUBJECT, signatureId.toString(), partner.coupleId(),
                    AuditOutcome.ALLOWED, "PDF of the partner's own signature"), PortalSignInOutcomes.actorOf(partner.accountId()));
        } else {
            access.require(RecordKind.COUPLE_CONTACTS, found.coupleId(), AuditAction.EXPORT, SUBJECT, signatureId);
        }
        ConsentText text = consents.text(found.signature().consentTextId()).orElseThrow();
        return ConsentPdf.write(text, found.signature(), clock.getZone());
    }

    private static @Nullable String ipAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
