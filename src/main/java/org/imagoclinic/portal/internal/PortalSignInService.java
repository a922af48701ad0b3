package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalLinkRequested;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.security.AuthenticatorApps;
import org.imagoclinic.security.SignInAttempts;
import org.imagoclinic.security.SignInLockedOut;
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
    private final AuthenticatorApps apps;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalSignInService(PortalAccountRepository accounts, PortalSignInSession signIns, SignInAttempts attempts,
                        AuthenticatorApps apps, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.attempts = attempts;
        this.apps = apps;
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
        SignInAttempts.Attempt attempt = claim(address);
        Optional<PortalAccount> account = accounts.liveByEmail(address);
        String hash = account.map(found -> accounts.lockSecrets(found.id()).passwordHash()).orElse(null);
        if (!attempts.matches(password, hash) || account.isEmpty()) {
            refuse(attempt, account.map(PortalAccount::id).orElse(null), "wrong password");
            throw new InvalidInputException("password", "This address and password do not match (or no password was "
                    + "added to this account). Check them, or ask for a link by email instead.");
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
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "Type the six digits your app shows now.");
        }
        InputLimits.requireText("code", code, 20);
        SignInAttempts.Attempt attempt = claim(account.email());
        PortalAccountRepository.Secrets secrets = accounts.lockSecrets(accountId);
        OptionalLong step = secrets.totpSecret() == null || !secrets.totpConfirmed() ? OptionalLong.empty()
                : apps.step(accountId, secrets.totpSecret(), code);
        if (step.isEmpty() || !accounts.useTotpStep(accountId, step.getAsLong())) {
            refuse(attempt, accountId, "wrong or used code of the partner's app");
            throw new InvalidInputException("code", "That is not the code your app shows now, or it was used already. "
                    + "Type the six digits shown now.");
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

    private SignInAttempts.Attempt claim(String address) {
        try {
            return attempts.claim("portal:" + PortalAccountRepository.key(address), PortalSignInSession.request().getRemoteAddr());
        } catch (SignInLockedOut locked) {
            throw lockedOut(locked);
        }
    }

    private void refuse(SignInAttempts.Attempt attempt, UUID accountId, String why) {
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN_FAILURE, PortalAccountService.SUBJECT,
                accountId == null ? null : accountId.toString(), null, AuditOutcome.DENIED, "portal: " + why),
                accountId == null ? org.imagoclinic.audit.AuditActor.unauthenticated("portal password")
                        : PortalSignInOutcomes.actorOf(accountId));
        try {
            attempts.failed(attempt);
        } catch (SignInLockedOut locked) {
            throw lockedOut(locked);
        }
    }

    private BusinessRuleException lockedOut(SignInLockedOut locked) {
        return new BusinessRuleException("Too many wrong passwords or codes for this address: signing in is locked until "
                + TIME.format(locked.lockedUntil().atZone(clock.getZone())) + ". Please wait, or call the clinic.");
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
