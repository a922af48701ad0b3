package org.imagoclinic.security.internal;

import java.time.Clock;
import java.util.Optional;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the account store, with the lock-out in front: a locked
 * user name is refused before its password is looked at, and the failure that reaches the limit
 * is answered with the lock rather than with "wrong password". Used by the form sign-in and by
 * the REST API's HTTP Basic alike.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLockout lockout;
    private final Clock clock;

    LockingAuthenticationProvider(ClinicUserDetailsService users, PasswordEncoder passwordEncoder,
                                  SignInLockout lockout, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Instant now = clock.instant();
        Optional<Instant> locked = lockout.lockedUntil(username, now);
        if (locked.isPresent()) {
            throw new AccountLockedException(locked.get(), false);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            lockout.recordSuccess(username);
            return result;
        } catch (BadCredentialsException wrong) {
            Optional<Instant> lockedNow = lockout.recordFailure(username, remoteAddress(authentication), now);
            if (lockedNow.isPresent()) {
                throw new AccountLockedException(lockedNow.get(), true);
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
