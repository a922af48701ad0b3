package org.imagoclinic.security.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
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

    /** A signed-up staff member for tests: their user name and staff id. */
    public record TestStaff(String username, UUID staffId) {
    }

    /** A new account linked to a new staff id, with a unique user name starting with {@code prefix}. */
    public static TestStaff staff(ApplicationContext context, String prefix, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID staffId = UUID.randomUUID();
        String hash = context.getBean(PasswordEncoder.class).encode("staff-password-2026");
        context.getBean(AccountRepository.class).create(new AccountRepository.NewAccount(username, prefix,
                username + "@example.org", hash, false, Set.of(roles), staffId));
        return new TestStaff(username, staffId);
    }

    /** Puts the account into the security context, as a form sign-in would. */
    public static void signIn(ApplicationContext context, String username) {
        UserDetails user = context.getBean(ClinicUserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
