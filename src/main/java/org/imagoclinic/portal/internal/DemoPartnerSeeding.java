package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.seeding.PartnerSeeding;
import org.imagoclinic.security.SignInAttempts;
import org.imagoclinic.shared.BusinessRuleException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo clinic's partners (only where it is generated): acting as one, and a known password for the README's two (ADR 0063). */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "imago.demo.clinic.enabled", havingValue = "true")
class DemoPartnerSeeding implements PartnerSeeding {

    private final PortalAccountRepository accounts;
    private final PortalSignInSession signIns;
    private final SignInAttempts attempts;
    private final AuditTrail audit;
    private final Clock clock;

    DemoPartnerSeeding(PortalAccountRepository accounts, PortalSignInSession signIns, SignInAttempts attempts,
                       AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void asPartner(UUID coupleId, UUID personId, Runnable work) {
        PortalAccount account = signedIn(coupleId, personId);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext partner = SecurityContextHolder.createEmptyContext();
        partner.setAuthentication(signIns.authenticationOf(account));
        SecurityContextHolder.setContext(partner);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private PortalAccount signedIn(UUID coupleId, UUID personId) {
        PortalAccount account = live(coupleId, personId);
        accounts.signedIn(account.id(), clock.instant());
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN, PortalAccountService.SUBJECT,
                account.id().toString(), coupleId, AuditOutcome.ALLOWED, "portal, demo clinic"),
                PortalSignInOutcomes.actorOf(account.id()));
        return account;
    }

    @Override
    @Transactional
    public String knownPassword(UUID coupleId, UUID personId, String password) {
        PortalAccount account = live(coupleId, personId);
        accounts.setPassword(account.id(), attempts.hash(password), clock.instant());
        audit.recordIndependently(new AuditRecord(AuditAction.UPDATE, PortalAccountService.SUBJECT,
                account.id().toString(), coupleId, AuditOutcome.ALLOWED, "demo clinic: the README's password set"),
                PortalSignInOutcomes.actorOf(account.id()));
        return account.email();
    }

    private PortalAccount live(UUID coupleId, UUID personId) {
        return accounts.findOf(coupleId, personId).filter(account -> account.status() != PortalAccountStatus.DISABLED)
                .orElseThrow(() -> new BusinessRuleException("This partner has no portal account in use."));
    }
}
