package org.imagoclinic.security.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates accounts for tests in other packages, and signs them in for browserless tests. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A new account with a unique user name starting with {@code prefix}; returns the user name. */
    public static String create(ApplicationContext context, String prefix, String displayName, String password,
                                boolean mustChangePassword, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = context.getBean(PasswordEncoder.class).encode(password);
        context.getBean(AccountRepository.class).create(new AccountRepository.NewAccount(username, displayName,
                username + "@example.org", hash, mustChangePassword, Set.of(roles)));
        return username;
    }

    /**
     * Like {@link #create}, with a password hash that is quick to check (BCrypt cost 4), for tests
     * that sign in hundreds of times over HTTP Basic; returns the user name.
     */
    public static String createForLoad(ApplicationContext context, String prefix, String password, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(password);
        context.getBean(AccountRepository.class).create(new AccountRepository.NewAccount(username, "Load " + prefix,
                username + "@example.org", hash, false, Set.of(roles)));
        return username;
    }

    /** A signed-up staff member for tests: their user name and staff id. */
    public record TestStaff(String username, UUID staffId) {
    }

    /**
     * A new member of the staff directory with a sign-in account, as an administrator would add
     * them, with a unique user name starting with {@code prefix} and the password
     * {@code staff-password-2026} (already their own: no change demanded).
     */
    public static TestStaff staff(ApplicationContext context, String prefix, String... roles) {
        return staff(context, prefix, null, roles);
    }

    /**
     * A therapist who works under supervision, supervised by {@code supervisorId} from today, with the
     * same password as {@link #staff(ApplicationContext, String, String...)}.
     */
    public static TestStaff supervisee(ApplicationContext context, String prefix, UUID supervisorId) {
        return staff(context, prefix, supervisorId, Roles.THERAPIST);
    }

    private static TestStaff staff(ApplicationContext context, String prefix, @Nullable UUID supervisorId,
                                   String... roles) {
        return named(context, prefix, null, prefix, null, supervisorId, roles);
    }

    /**
     * Like {@link #staff(ApplicationContext, String, String...)}, with a person's name (for journeys whose
     * screenshots should look like a clinic), e.g. {@code named(context, "ther", "Dr", "Amara", "Osei", null, THERAPIST)};
     * the last name gets no suffix, so give each test its own names.
     */
    public static TestStaff named(ApplicationContext context, String prefix, @Nullable String title, String firstName,
                                  @Nullable String lastName, @Nullable UUID supervisorId, String... roles) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String username = prefix + "-" + unique;
        Set<String> roleSet = Set.of(roles);
        TherapistDetails therapist = StaffMember.clinical(roleSet)
                ? new TherapistDetails("LMFT", null, null, Discipline.MARRIAGE_AND_FAMILY_THERAPY, "#336699",
                supervisorId != null) : null;
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-setup", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        try {
            UUID staffId = context.getBean(StaffDirectory.class).add(new StaffMemberDetails(title, firstName, lastName == null ? "Test" + unique : lastName,
                    username + "@example.org", null, roleSet, username, therapist)).member().id();
            if (supervisorId != null) {
                context.getBean(StaffDirectory.class).assignSupervisor(staffId, supervisorId,
                        LocalDate.now(context.getBean(Clock.class)));
            }
            AccountRepository accounts = context.getBean(AccountRepository.class);
            UUID accountId = accounts.findByStaffId(staffId).orElseThrow().id();
            accounts.changePassword(accountId, context.getBean(PasswordEncoder.class).encode("staff-password-2026"), false);
            return new TestStaff(username, staffId);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs something signed in as the account of this staff member, then restores who was signed in. */
    public static <T> T asStaff(ApplicationContext context, UUID staffId, java.util.function.Supplier<T> work) {
        String username = context.getBean(AccountRepository.class).findByStaffId(staffId).orElseThrow().username();
        org.springframework.security.core.Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /**
     * Signs in with user name and password as the sign-in form does, second factor and all (ADR 0034):
     * an enrolled account's sign-in then waits for its code.
     */
    public static void signInWithPassword(ApplicationContext context, String username, String password) {
        SecurityContextHolder.getContext().setAuthentication(context.getBean(LockingAuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
    }

    /** The code an authenticator app shows now (by the clinic clock) for a secret as the enrolment gives it. */
    public static String currentCode(String base32Secret) {
        byte[] secret = new org.apache.commons.codec.binary.Base32().decode(base32Secret.replace(" ", ""));
        return TotpCodes.codeAt(secret, TotpCodes.stepAt(org.imagoclinic.support.TestClinicClock.current()));
    }

    /** Puts the account into the security context, as a form sign-in would. */
    public static void signIn(ApplicationContext context, String username) {
        UserDetails user = context.getBean(ClinicUserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
