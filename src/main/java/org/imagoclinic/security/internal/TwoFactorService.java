package org.imagoclinic.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two-factor sign-in (ADR 0034): a person enrols their authenticator app and gets ten recovery codes;
 * a sign-in of an enrolled account is complete only with a current code (or an unused recovery code).
 * Every code is checked under the sign-in lock-out, counted like a password; a code works once.
 * Administrators require two factors of an account or of everyone holding a role.
 */
@Service
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RECOVERY_LENGTH = 10;

    private final TwoFactorStore store;
    private final AccountRepository accounts;
    private final SignInLockout lockout;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(TwoFactorStore store, AccountRepository accounts, SignInLockout lockout,
                     PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.lockout = lockout;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** A started enrolment: what the app needs, as a QR code's content and as text to type. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** How a code was taken: the outcome, and for a recovery code how many are left. */
    public record CodeCheck(boolean accepted, boolean recoveryCode, int recoveryCodesLeft) {

        static final CodeCheck WRONG = new CodeCheck(false, false, 0);
    }

    /** Whether the signed-in person has two-factor sign-in turned on. */
    @Transactional(readOnly = true)
    public boolean enrolled() {
        return store.status(AccountService.signedInUser().accountId()).enrolled();
    }

    /** Whether the signed-in person's sign-in still waits for their code (after a right password). */
    public boolean codeAwaited() {
        return stageOfSignedIn().filter(stage -> stage == ClinicUserDetails.SecondFactor.CODE_AWAITED).isPresent();
    }

    /** Whether the signed-in person must enrol before anything else, as an administrator requires. */
    public boolean enrolmentAwaited() {
        return stageOfSignedIn().filter(stage -> stage == ClinicUserDetails.SecondFactor.ENROLMENT_AWAITED).isPresent();
    }

    /**
     * Starts (or starts again) the signed-in person's enrolment with a new secret. The secret is shown
     * only now: once confirmed, nothing gives it out again.
     *
     * @throws ConflictException when two-factor sign-in is already on
     */
    @Transactional
    public Enrolment start() {
        ClinicUserDetails user = AccountService.signedInUser();
        byte[] secret = TotpCodes.newSecret();
        if (!store.start(user.accountId(), secret, clock.instant())) {
            throw new ConflictException("Two-factor sign-in is already on for your account: turn it off first to "
                    + "enrol another app.");
        }
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "Account", user.accountId())
                .because("two-factor enrolment started"));
        return new Enrolment(TotpCodes.base32(secret), TotpCodes.otpauthUri(secret, user.getUsername()));
    }

    /**
     * Confirms the enrolment with a code from the app and turns two-factor sign-in on; a sign-in that
     * waited for this enrolment is then complete.
     *
     * @return the ten recovery codes, shown once and kept only as hashes
     * @throws InvalidInputException ({@code code}) when the code is not the app's current one
     */
    @Transactional
    public List<String> confirm(String code) {
        ClinicUserDetails user = AccountService.signedInUser();
        Instant now = clock.instant();
        byte[] secret = store.secret(user.accountId(), false).orElseThrow(() -> new InvalidInputException("code",
                "There is no enrolment to confirm: start one first."));
        OptionalLong step = TotpCodes.matchingStep(secret, code, now);
        if (step.isEmpty() || !store.useStep(user.accountId(), step.getAsLong())) {
            audit.recordIndependently(AuditRecord.denied(AuditAction.UPDATE, "Account", user.accountId(),
                    "two-factor enrolment: wrong code"), SecurityAuditActorResolver.actorOf(user.account()));
            throw new InvalidInputException("code", "That is not the code your app shows now. Check that the app "
                    + "and this device show the right time, and type the six digits shown now.");
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            hashes.add(passwordEncoder.encode(normalised(recovery)));
        }
        store.confirm(user.accountId(), now, hashes);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "Account", user.accountId())
                .because("two-factor sign-in turned on; " + RECOVERY_CODES + " recovery codes issued"));
        if (user.secondFactor() == ClinicUserDetails.SecondFactor.ENROLMENT_AWAITED) {
            completeSignIn(user);
        }
        return List.copyOf(codes);
    }

    /**
     * Turns the signed-in person's two-factor sign-in off, against a current code or their password.
     *
     * @throws InvalidInputException when neither is right
     * @throws AccountLockedException when wrong codes locked the user name
     */
    @Transactional
    public void turnOff(@Nullable String code, @Nullable String password) {
        ClinicUserDetails user = AccountService.signedInUser();
        if (!store.status(user.accountId()).enrolled()) {
            throw new ConflictException("Two-factor sign-in is not on for your account.");
        }
        boolean proven;
        if (password != null && !password.isEmpty()) {
            proven = !Passwords.tooLong(password) && accounts.findByUsername(user.getUsername())
                    .filter(stored -> passwordEncoder.matches(password, stored.passwordHash())).isPresent();
        } else if (code != null && !code.isBlank()) {
            proven = check(user, code).accepted();
        } else {
            throw new InvalidInputException("code", "Give a current code from your app, or your password.");
        }
        if (!proven) {
            audit.recordIndependently(AuditRecord.denied(AuditAction.UPDATE, "Account", user.accountId(),
                    "turning two-factor sign-in off refused: wrong code or password"),
                    SecurityAuditActorResolver.actorOf(user.account()));
            throw new InvalidInputException(password != null && !password.isEmpty() ? "password" : "code",
                    "That is not right: two-factor sign-in stays on.");
        }
        store.remove(user.accountId());
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "Account", user.accountId())
                .because("two-factor sign-in turned off by its owner"));
    }

    /**
     * Completes the signed-in person's sign-in with the code from their app or a recovery code.
     *
     * @throws AccountLockedException when this wrong code, or earlier ones, locked the user name
     */
    @Transactional
    public CodeCheck completeSignIn(String code) {
        ClinicUserDetails user = AccountService.signedInUser();
        if (user.secondFactor() != ClinicUserDetails.SecondFactor.CODE_AWAITED) {
            throw new IllegalStateException("No sign-in is waiting for a code");
        }
        CodeCheck check = check(user, code);
        if (check.accepted()) {
            completeSignIn(user);
        }
        return check;
    }

    /**
     * Checks a code of an enrolled account under the lock-out: a six-digit code of the current step (or
     * either neighbour) not used before, or an unused recovery code, which is then used up. Right or
     * wrong, it is audited; a wrong one counts towards the lock-out like a wrong password.
     *
     * @throws AccountLockedException when the user name is (or by this code becomes) locked
     */
    CodeCheck check(ClinicUserDetails user, String typed) {
        Instant now = clock.instant();
        SignInLockout.Attempt attempt = lockout.claim(user.getUsername(), remoteAddress(), now);
        CodeCheck check = verify(user.accountId(), typed, now);
        if (!check.accepted()) {
            audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN_FAILURE, "Account", user.accountId().toString(),
                    null, AuditOutcome.DENIED, "wrong or used two-factor code"), SecurityAuditActorResolver.actorOf(user.account()));
            Optional<Instant> locked = lockout.failed(attempt, clock.instant());
            if (locked.isPresent()) {
                audit.recordIndependently(new AuditRecord(AuditAction.LOCK_OUT, "UserName", user.getUsername(), null,
                        AuditOutcome.DENIED, "5 failed sign-ins within 15 minutes (wrong two-factor codes); locked until "
                        + locked.get()), SecurityAuditActorResolver.actorOf(user.account()));
                throw new AccountLockedException(locked.get(), true);
            }
            return check;
        }
        lockout.succeeded(attempt);
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN, "Account", user.accountId().toString(), null,
                AuditOutcome.ALLOWED, check.recoveryCode()
                        ? "two-factor: recovery code used, " + check.recoveryCodesLeft() + " left"
                        : "two-factor code accepted"), SecurityAuditActorResolver.actorOf(user.account()));
        return check;
    }

    private CodeCheck verify(UUID accountId, String typed, Instant now) {
        Optional<byte[]> secret = store.secret(accountId, true);
        if (secret.isEmpty()) {
            return CodeCheck.WRONG;
        }
        String recovery = normalised(typed);
        if (recovery.length() == RECOVERY_LENGTH) {
            List<TwoFactorStore.RecoveryCode> unused = store.unusedRecoveryCodes(accountId);
            for (TwoFactorStore.RecoveryCode candidate : unused) {
                if (passwordEncoder.matches(recovery, candidate.hash()) && store.useRecoveryCode(candidate.id(), now)) {
                    return new CodeCheck(true, true, unused.size() - 1);
                }
            }
            return CodeCheck.WRONG;
        }
        OptionalLong step = TotpCodes.matchingStep(secret.get(), typed, now);
        boolean accepted = step.isPresent() && store.useStep(accountId, step.getAsLong());
        return accepted ? new CodeCheck(true, false, 0) : CodeCheck.WRONG;
    }

    /** Whether the account has two-factor sign-in on (so that its password changes and tokens ask for a code). */
    boolean enrolled(UUID accountId) {
        return store.status(accountId).enrolled();
    }

    /** Whether an account has two-factor sign-in on, and whether it is required of it; for administrators. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public TwoFactorStatus statusOf(UUID accountId) {
        return store.status(accountId);
    }

    /** Requires (or stops requiring) two factors of one account; audited as a permission change. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void requireForAccount(UUID accountId, boolean required) {
        if (!store.requireForAccount(accountId, required)) {
            throw new NotFoundException("There is no account " + accountId + ".");
        }
        audit.record(AuditRecord.allowed(AuditAction.PERMISSION_CHANGE, "Account", accountId)
                .because(required ? "two-factor sign-in required" : "two-factor sign-in no longer required"));
    }

    /** The roles whose holders must sign in with two factors. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Set<String> requiredRoles() {
        return store.requiredRoles();
    }

    /** Replaces the roles whose holders must sign in with two factors; audited as a permission change. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void requireForRoles(Set<String> roles) {
        for (String role : roles) {
            if (role == null || !Roles.ALL.contains(role)) {
                throw new InvalidInputException("roles", "Unknown role \"" + role + "\": use one of " + Roles.ALL + ".");
            }
        }
        Set<String> before = store.requiredRoles();
        store.requireForRoles(roles);
        audit.record(new AuditRecord(AuditAction.PERMISSION_CHANGE, "TwoFactorRequirement", "roles", null,
                AuditOutcome.ALLOWED, "two-factor sign-in required for roles " + Roles.ALL.stream().filter(roles::contains).toList()
                + " (before: " + Roles.ALL.stream().filter(before::contains).toList() + ")"));
    }

    /**
     * Turns off the two-factor sign-in of someone who lost their app and their recovery codes; they
     * sign in with the password alone again (and enrol again where it is required).
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void resetFor(UUID accountId) {
        if (store.remove(accountId)) {
            audit.record(AuditRecord.allowed(AuditAction.PERMISSION_CHANGE, "Account", accountId)
                    .because("two-factor sign-in turned off by an administrator"));
        }
    }

    /** Replaces the sign-in in this request's security context (and so the web session's) with the completed one. */
    private static void completeSignIn(ClinicUserDetails user) {
        ClinicUserDetails complete = user.at(ClinicUserDetails.SecondFactor.GIVEN);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(complete, null,
                complete.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static Optional<ClinicUserDetails.SecondFactor> stageOfSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ClinicUserDetails user
                ? Optional.of(user.secondFactor()) : Optional.empty();
    }

    private String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECOVERY_LENGTH; i++) {
            if (i == RECOVERY_LENGTH / 2) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String typed) {
        return typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
