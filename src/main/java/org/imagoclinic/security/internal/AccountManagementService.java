package org.imagoclinic.security.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.AccountManagement;
import org.imagoclinic.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts as the administrator manages them; every change is audited. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class AccountManagementService implements AccountManagement {

    private static final String SUBJECT = "Account";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInLockout lockout;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountService accountService;
    private final SignedInSessions sessions;

    AccountManagementService(AccountRepository accounts, PasswordEncoder passwordEncoder, SignInLockout lockout,
                             AuditTrail audit, Clock clock, AccountService accountService, SignedInSessions sessions) {
        this.accountService = accountService;
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CreatedAccount create(NewAccount account) {
        checkRoles(account.roles());
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new UsernameTakenException(account.username().trim());
        }
        boolean generated = account.initialPassword() == null;
        if (Passwords.tooLong(account.initialPassword())) {
            throw new IllegalArgumentException(Passwords.TOO_LONG);
        }
        String password = generated ? InitialAdminAccount.randomPassword() : account.initialPassword();
        UUID id;
        try {
            id = accounts.create(new AccountRepository.NewAccount(account.username(), account.displayName(),
                    account.email(), passwordEncoder.encode(password), generated, account.roles(), account.staffId()));
        } catch (DuplicateKeyException raced) {
            throw new UsernameTakenException(account.username().trim());
        }
        audit.record(AuditRecord.allowed(AuditAction.CREATE, SUBJECT, id).because("roles " + sorted(account.roles())));
        return new CreatedAccount(id, account.username().trim(), generated ? password : null);
    }

    @Override
    @Transactional
    public void changeRoles(UUID staffId, Set<String> roles) {
        checkRoles(roles);
        Account account = ofStaffOrFail(staffId);
        if (account.roles().equals(roles)) {
            return;
        }
        accounts.changeRoles(account.id(), roles);
        audit.record(AuditRecord.allowed(AuditAction.PERMISSION_CHANGE, SUBJECT, account.id())
                .because("roles " + sorted(account.roles()) + " → " + sorted(roles) + endingSessions(account)));
        sessions.endAllOf(account.id());
    }

    @Override
    @Transactional
    public void changeProfile(UUID staffId, String displayName, @Nullable String email) {
        Account account = ofStaffOrFail(staffId);
        accounts.changeProfile(account.id(), displayName, email);
    }

    @Override
    @Transactional
    public void deactivate(UUID staffId) {
        Account account = ofStaffOrFail(staffId);
        accounts.setEnabled(account.id(), false);
        audit.record(AuditRecord.allowed(AuditAction.PERMISSION_CHANGE, SUBJECT, account.id())
                .because("account deactivated: can no longer sign in" + endingSessions(account)));
        sessions.endAllOf(account.id());
    }

    @Override
    @Transactional
    public String resetPassword(UUID staffId) {
        Account account = ofStaffOrFail(staffId);
        String password = InitialAdminAccount.randomPassword();
        accounts.changePassword(account.id(), passwordEncoder.encode(password), true);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, SUBJECT, account.id())
                .because("password reset by an administrator; must be changed at next sign-in" + endingSessions(account)));
        sessions.endAllOf(account.id());
        return password;
    }

    @Override
    @Transactional
    public void unlock(String username) {
        accountService.unlock(username);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> ofStaff(UUID staffId) {
        return accounts.findByStaffId(staffId).map(account -> new AccountSummary(account.id(), account.username(),
                account.roles(), account.enabled(), lockout.lockedUntil(account.username(), clock.instant()).isPresent()));
    }

    /** For the audit entry: how many open web sessions the change ends. */
    private String endingSessions(Account account) {
        int open = sessions.countOf(account.id());
        return open == 0 ? "" : "; " + open + (open == 1 ? " web session" : " web sessions") + " ended";
    }

    private Account ofStaffOrFail(UUID staffId) {
        return accounts.findByStaffId(staffId)
                .orElseThrow(() -> new IllegalArgumentException("Staff member " + staffId + " has no account"));
    }

    private static void checkRoles(Set<String> roles) {
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("An account needs one or more of the roles " + Roles.ALL + ", got " + roles);
        }
    }

    private static String sorted(Set<String> roles) {
        return String.join(", ", roles.stream().sorted().toList());
    }
}
