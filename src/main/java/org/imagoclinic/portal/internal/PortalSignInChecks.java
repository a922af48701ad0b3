package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.AuthenticatorApps;
import org.imagoclinic.security.SignInAttempts;
import org.imagoclinic.security.SignInLockedOut;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Passwords and app codes checked for the portal under security's lock-out (ADR 0055): per address,
 * known or not; a wrong one is audited and counted, and a lock is told in plain words with its end.
 */
@Component
class PortalSignInChecks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SignInAttempts attempts;
    private final AuthenticatorApps apps;
    private final PortalAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PortalSignInChecks(SignInAttempts attempts, AuthenticatorApps apps, PortalAccountRepository accounts, AuditTrail audit,
                       Clock clock) {
        this.attempts = attempts;
        this.apps = apps;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A place for one check of a password or code for the address. */
    SignInAttempts.Attempt claim(String address, @Nullable String ipAddress) {
        try {
            return attempts.claim("portal:" + PortalAccountRepository.key(address), ipAddress);
        } catch (SignInLockedOut locked) {
            throw lockedOut(locked);
        }
    }

    /** It was wrong: audited, counted, and refused (under {@code field}, or as a lock when this one locked the address). */
    InvalidInputException refused(SignInAttempts.Attempt attempt, @Nullable UUID accountId, AuditAction action, String why,
                                  String field, String message) {
        audit.recordIndependently(new AuditRecord(action, PortalAccountService.SUBJECT,
                accountId == null ? null : accountId.toString(), null, AuditOutcome.DENIED, "portal: " + why),
                accountId == null ? AuditActor.unauthenticated("portal sign-in") : PortalSignInOutcomes.actorOf(accountId));
        try {
            attempts.failed(attempt);
        } catch (SignInLockedOut locked) {
            throw lockedOut(locked);
        }
        return new InvalidInputException(field, message);
    }

    /**
     * Whether the code is the account's app's current one, not used before (it is then used up). The
     * caller holds the account's row locked.
     */
    boolean codeRight(UUID accountId, PortalAccountRepository.Secrets secrets, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "Type the six digits your app shows now.");
        }
        InputLimits.requireText("code", code, 20);
        byte[] secret = secrets.totpSecret();
        OptionalLong step = secret == null ? OptionalLong.empty() : apps.step(accountId, secret, code);
        return step.isPresent() && accounts.useTotpStep(accountId, step.getAsLong());
    }

    private BusinessRuleException lockedOut(SignInLockedOut locked) {
        return new BusinessRuleException("Too many wrong passwords or codes for this address: signing in is locked until "
                + TIME.format(locked.lockedUntil().atZone(clock.getZone())) + ". Please wait, or call the clinic.");
    }
}
