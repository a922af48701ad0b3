package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalLinkRequested;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.security.SignInAttempts;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A link asked for on the sign-in page (counted against the address's limit, sent only to a live
 * account), a sign-in with a password, and the code of a partner's app that completes either (ADR 0055).
 * Wrong passwords and codes count per address under the staff sign-in's lock-out.
 */
@Service
class PortalSignInService implements PortalSignIn {

    private static final Duration WINDOW = Duration.ofMinutes(LIMIT_WINDOW_MINUTES);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PortalAccountRepository accounts;
    private final PortalSignInSession signIns;
    private final SignInAttempts attempts;
    private final PortalSignInChecks checks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalSignInService(PortalAccountRepository accounts, PortalSignInSession signIns, SignInAttempts attempts,
                        PortalSignInChecks checks, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.attempts = attempts;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Duration requestLink(String email) {
        String address = typedAddress(email);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (accounts.linkRequestsSince(address, since) >= LINKS_PER_WINDOW) {
            Instant again = accounts.oldestLinkRequest(address, since).orElse(now).plus(WINDOW);
            throw new BusinessRuleException("Three links went to this address in the last hour. Use the newest one, "
                    + "or ask again after " + TIME.format(again.atZone(clock.getZone())) + ".");
        }
        accounts.addLinkRequest(address, now);
        accounts.liveByEmail(address).ifPresent(account -> events.publishEvent(new PortalLinkRequested(UUID.randomUUID(),
                account.id(), account.coupleId(), account.personId(), account.email(),
                PortalLinkRequested.Purpose.SIGN_IN, now)));
        return SignInLinks.SIGN_IN_VALID_FOR;
    }

    @Override
    @Transactional
    public Step signInWithPassword(String email, String password) {
        String address = typedAddress(email);
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "Type your password, or ask for a link by email instead.");
        }
        SignInAttempts.Attempt attempt = checks.claim(address, PortalSignInSession.request().getRemoteAddr());
        Optional<PortalAccount> account = accounts.liveByEmail(address);
        String hash = account.map(found -> accounts.lockSecrets(found.id()).passwordHash()).orElse(null);
        if (!attempts.matches(password, hash) || account.isEmpty()) {
            throw checks.refused(attempt, account.map(PortalAccount::id).orElse(null), AuditAction.SIGN_IN_FAILURE,
                    "wrong password", "password", "This address and password do not match (or no password was added "
                            + "to this account). Check them, or ask for a link by email instead.");
        }
        return passed(attempt, account.get(), "password");
    }

    @Override
    public boolean codeAwaited() {
        return signIns.awaitingCode().isPresent();
    }

    @Override
    @Transactional
    public void completeWithCode(String code) {
        UUID accountId = signIns.awaitingCode().orElseThrow(() -> new BusinessRuleException(
                "This sign-in waited too long for the code: start again with your password or a new link."));
        PortalAccount account = accounts.find(accountId).filter(found -> found.status() != PortalAccountStatus.DISABLED)
                .orElseThrow(() -> new BusinessRuleException("The clinic has switched this portal account off."));
        SignInAttempts.Attempt attempt = checks.claim(account.email(), PortalSignInSession.request().getRemoteAddr());
        PortalAccountRepository.Secrets secrets = accounts.lockSecrets(accountId);
        if (!secrets.totpConfirmed() || !checks.codeRight(accountId, secrets, code)) {
            throw checks.refused(attempt, accountId, AuditAction.SIGN_IN_FAILURE, "wrong or used code of the partner's app",
                    "code", "That is not the code your app shows now, or it was used already. Type the six digits shown now.");
        }
        attempts.succeeded(attempt);
        signIns.signIn(account);
        accounts.signedIn(accountId, clock.instant());
        audited(accountId, account, "portal, code of the partner's app");
    }

    private Step passed(SignInAttempts.Attempt attempt, PortalAccount account, String how) {
        if (account.secondFactor()) {
            attempts.passed(attempt);
            signIns.awaitCode(PortalSignInSession.request(), account.id());
            audited(account.id(), account, "portal, " + how + "; code awaited");
            return Step.CODE_AWAITED;
        }
        attempts.succeeded(attempt);
        signIns.signIn(account);
        accounts.signedIn(account.id(), clock.instant());
        audited(account.id(), account, "portal, " + how);
        return Step.SIGNED_IN;
    }

    private void audited(UUID accountId, PortalAccount account, String how) {
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN, PortalAccountService.SUBJECT, accountId.toString(),
                account.coupleId(), AuditOutcome.ALLOWED, how), PortalSignInOutcomes.actorOf(accountId));
    }

    private static String typedAddress(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException("email", "Type the email address the clinic invited.");
        }
        InputLimits.requireText("email", address, InputLimits.NAME * 2);
        return address;
    }
}
