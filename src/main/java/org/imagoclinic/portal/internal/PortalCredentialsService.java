package org.imagoclinic.portal.internal;

import java.time.Clock;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalCredentials;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.imagoclinic.security.AuthenticatorApps;
import org.imagoclinic.security.SignInAttempts;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in partner's own password and authenticator app; see {@link PortalCredentials}. Every change is audited. */
@Service
@PreAuthorize("hasRole('" + PortalBoundary.PARTNER_ROLE + "')")
class PortalCredentialsService implements PortalCredentials {

    private final PortalSession session;
    private final PortalAccountRepository accounts;
    private final SignInAttempts attempts;
    private final PortalSignInChecks checks;
    private final AuthenticatorApps apps;
    private final AuditTrail audit;
    private final Clock clock;

    PortalCredentialsService(PortalSession session, PortalAccountRepository accounts, SignInAttempts attempts,
                             PortalSignInChecks checks, AuthenticatorApps apps, AuditTrail audit, Clock clock) {
        this.session = session;
        this.accounts = accounts;
        this.attempts = attempts;
        this.checks = checks;
        this.apps = apps;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Status mine() {
        PortalAccount account = account();
        return new Status(account.password(), account.secondFactor());
    }

    @Override
    @Transactional
    public void setPassword(String current, String password, String repeated) {
        PortalAccount account = account();
        PortalAccountRepository.Secrets secrets = accounts.lockSecrets(account.id());
        String typed = password == null ? "" : password;
        InputLimits.requireText("password", typed, InputLimits.NAME);
        attempts.passwordProblem(typed, account.email()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        if (!typed.equals(repeated)) {
            throw new InvalidInputException("repeated", "The two passwords differ: type the same one twice.");
        }
        if (secrets.passwordHash() != null) {
            SignInAttempts.Attempt attempt = checks.claim(account.email(), null);
            if (!attempts.matches(current == null ? "" : current, secrets.passwordHash())) {
                throw checks.refused(attempt, account.id(), AuditAction.UPDATE,
                        "password change refused: wrong current password", "current", "That is not your current password.");
            }
            attempts.succeeded(attempt);
        }
        accounts.setPassword(account.id(), attempts.hash(typed), clock.instant());
        audited(account, secrets.passwordHash() == null ? "password added by the partner" : "password changed by the partner");
    }

    @Override
    @Transactional
    public AppSetup startSecondFactor() {
        PortalAccount account = account();
        if (account.secondFactor()) {
            throw new BusinessRuleException("Your app is already asked for at sign-in: switch it off first to use another one.");
        }
        AuthenticatorApps.Enrolment enrolment = apps.enrol(account.id(), "Portal " + account.email());
        accounts.startTotp(account.id(), enrolment.sealedSecret());
        audited(account, "second factor: adding an authenticator app started");
        return new AppSetup(enrolment.secret(), enrolment.otpauthUri());
    }

    @Override
    @Transactional
    public void confirmSecondFactor(String code) {
        PortalAccount account = account();
        PortalAccountRepository.Secrets secrets = accounts.lockSecrets(account.id());
        if (secrets.totpConfirmed()) {
            throw new BusinessRuleException("Your app is already asked for at sign-in.");
        }
        if (secrets.totpSecret() == null) {
            throw new InvalidInputException("code", "Start adding your app first.");
        }
        checked(account, secrets, code);
        accounts.confirmTotp(account.id(), clock.instant());
        audited(account, "second factor switched on by the partner");
    }

    @Override
    @Transactional
    public void turnOffSecondFactor(String code) {
        PortalAccount account = account();
        PortalAccountRepository.Secrets secrets = accounts.lockSecrets(account.id());
        if (!secrets.totpConfirmed()) {
            throw new BusinessRuleException("Your sign-in does not ask for a code.");
        }
        checked(account, secrets, code);
        accounts.removeTotp(account.id(), null, clock.instant());
        audited(account, "second factor switched off by the partner");
    }

    /** A right code not used before, under the lock-out; a wrong one is refused under {@code code}. */
    private void checked(PortalAccount account, PortalAccountRepository.Secrets secrets, String code) {
        SignInAttempts.Attempt attempt = checks.claim(account.email(), null);
        if (!checks.codeRight(account.id(), secrets, code)) {
            throw checks.refused(attempt, account.id(), AuditAction.UPDATE, "wrong or used code of the partner's app",
                    "code", "That is not the code your app shows now, or it was used already. Check that your phone "
                            + "shows the right time, and type the six digits shown now.");
        }
        attempts.succeeded(attempt);
    }

    private void audited(PortalAccount account, String what) {
        audit.recordIndependently(new AuditRecord(AuditAction.UPDATE, PortalAccountService.SUBJECT, account.id().toString(),
                account.coupleId(), AuditOutcome.ALLOWED, what), PortalSignInOutcomes.actorOf(account.id()));
    }

    private PortalAccount account() {
        SignedInPartner partner = session.require();
        return accounts.find(partner.accountId()).orElseThrow();
    }
}
