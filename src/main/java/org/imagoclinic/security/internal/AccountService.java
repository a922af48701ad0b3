package org.imagoclinic.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account operations for the signed-in user and for administrators. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInLockout lockout;
    private final AuditTrail audit;
    private final Clock clock;
    private final TwoFactorService twoFactor;
    private final SignedInSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, SignInLockout lockout,
                   AuditTrail audit, Clock clock, TwoFactorService twoFactor, SignedInSessions sessions) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Changes the signed-in user's own password after checking the current one, the rules and, when
     * two-factor sign-in is on, a code from their app (checked last, since it can be used only once).
     * The person's other web sessions end (the one the change is made in stays), and so do API tokens
     * issued before the change.
     *
     * @param code the code from the app (or a recovery code); ignored without two-factor sign-in
     * @return why it was refused, or empty when the password was changed
     */
    @Transactional
    public Optional<PasswordChangeProblem> changeOwnPassword(String currentPassword, String newPassword, String code) {
        ClinicUserDetails user = signedInUser();
        if (Passwords.tooLong(currentPassword)) {
            return Optional.of(new PasswordChangeProblem(Field.CURRENT, Passwords.TOO_LONG));
        }
        if (Passwords.tooLong(newPassword)) {
            return Optional.of(new PasswordChangeProblem(Field.NEW, Passwords.TOO_LONG));
        }
        UUID accountId = user.accountId();
        var stored = accounts.findById(accountId)
                .flatMap(account -> accounts.findByUsername(account.username()))
                .orElseThrow(() -> new IllegalStateException("Account " + accountId + " no longer exists"));
        if (!passwordEncoder.matches(currentPassword, stored.passwordHash())) {
            return Optional.of(new PasswordChangeProblem(Field.CURRENT, "That is not your current password."));
        }
        if (passwordEncoder.matches(newPassword, stored.passwordHash())) {
            return Optional.of(new PasswordChangeProblem(Field.NEW, "Choose a password different from the current one."));
        }
        Account account = stored.account();
        Optional<String> problem = PasswordPolicy.problemWith(newPassword, account.username(), account.email());
        if (problem.isPresent()) {
            return problem.map(message -> new PasswordChangeProblem(Field.NEW, message));
        }
        Optional<PasswordChangeProblem> codeProblem = secondFactorProblem(user, code);
        if (codeProblem.isPresent()) {
            return codeProblem;
        }
        accounts.changePassword(accountId, passwordEncoder.encode(newPassword), false);
        // whoever else holds the old password's sign-ins loses them; this tab stays (API tokens end by the change's time)
        String here = SignedInSessions.currentSessionId();
        int others = sessions.countOf(accountId, here);
        sessions.endAllOf(accountId, here);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "Account", accountId).because("changed own password"
                + (others == 0 ? "" : "; " + others + (others == 1 ? " other web session" : " other web sessions") + " ended")));
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.withPasswordChanged(), null, user.getAuthorities()));
        return Optional.empty();
    }

    private Optional<PasswordChangeProblem> secondFactorProblem(ClinicUserDetails user, String code) {
        if (!twoFactor.enrolled(user.accountId())) {
            return Optional.empty();
        }
        if (code.isBlank()) {
            return Optional.of(new PasswordChangeProblem(Field.CODE, "Type the code your app shows now."));
        }
        try {
            return twoFactor.check(user, code).accepted() ? Optional.empty() : Optional.of(new PasswordChangeProblem(
                    Field.CODE, "That code is not right, or was used already: type the code your app shows now."));
        } catch (AccountLockedException locked) {
            return Optional.of(new PasswordChangeProblem(Field.CODE, "Too many wrong codes or passwords: sign-in is "
                    + "locked until " + locked.lockedUntil().atZone(clock.getZone()).toLocalTime().withNano(0) + "."));
        }
    }

    /**
     * Whether the signed-in user still has to replace a one-time password before doing anything else
     * (once their second factor, if they have one, is given).
     */
    public boolean passwordChangeRequired() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ClinicUserDetails user
                && user.mustChangePassword() && user.signInComplete();
    }

    /** The signed-in user's details, or {@link CurrentUser.NotSignedInException}. */
    static ClinicUserDetails signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClinicUserDetails user) {
            return user;
        }
        throw new CurrentUser.NotSignedInException();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<Account> accounts(int offset, int limit) {
        return accounts.page(offset, limit);
    }

    /** Until when sign-in with this user name is locked, if it is. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return lockout.lockedUntil(username, clock.instant());
    }

    /** Lifts a lock-out before it runs out; audited. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void unlock(String username) {
        if (lockout.unlock(username, clock.instant())) {
            audit.record(AuditRecord.allowed(AuditAction.UPDATE, "UserName", username.trim())
                    .because("sign-in lock lifted by an administrator"));
        }
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int countAccounts() {
        return accounts.count();
    }

    /** Which field of the change-password form a problem belongs to. */
    public enum Field { CURRENT, NEW, CODE }

    /** A refused password change: the field to mark and the message to show next to it. */
    public record PasswordChangeProblem(Field field, String message) {
    }
}
