package org.imagoclinic.security.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the account store, with the lock-out in front: a password
 * too long to check is refused unchecked; a locked user name is refused before its password is looked
 * at; every other attempt takes one of the lock-out's places before its password is checked (so
 * parallel guesses can't outrun the limit) and gives it back when it was right; the failure that reaches the limit is
 * answered with the lock rather than with "wrong password". Used by the form sign-in and by the REST
 * API's HTTP Basic alike. For an account with a second factor a right password is only the first step.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    /** The meter that counts passwords checked against their hash (each costs tens of ms of CPU). */
    static final String PASSWORD_CHECKS = "imago.sign-in.password-checks";

    private final DaoAuthenticationProvider passwords;
    private final SignInLockout lockout;
    private final Clock clock;
    private final Counter checks;
    private final TwoFactorStore twoFactor;

    LockingAuthenticationProvider(ClinicUserDetailsService users, PasswordEncoder passwordEncoder,
                                  SignInLockout lockout, Clock clock, MeterRegistry meters, TwoFactorStore twoFactor) {
        this.twoFactor = twoFactor;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.lockout = lockout;
        this.clock = clock;
        this.checks = Counter.builder(PASSWORD_CHECKS)
                .description("Sign-ins let through the lock-out to have their password checked against its hash")
                .register(meters);
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        if (authentication.getCredentials() instanceof CharSequence password && Passwords.tooLong(password)) {
            throw new PasswordTooLongException();
        }
        String username = authentication.getName();
        SignInLockout.Attempt attempt = lockout.claim(username, remoteAddress(authentication), clock.instant());
        checks.increment();
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException refused) {
            Optional<Instant> locked = lockout.failed(attempt, clock.instant());
            if (locked.isPresent()) {
                throw new AccountLockedException(locked.get(), true);
            }
            throw refused;
        }
        return withSecondFactor(result, attempt);
    }

    /**
     * A right password signs in at once only an account without a second factor; an enrolled one waits
     * for its code, and one required to enrol for its enrolment, holding no role meanwhile (ADR 0034).
     */
    private Authentication withSecondFactor(Authentication signedIn, SignInLockout.Attempt attempt) {
        ClinicUserDetails user = (ClinicUserDetails) signedIn.getPrincipal();
        TwoFactorStatus status = twoFactor.status(user.accountId());
        if (status.enrolled()) {
            lockout.passed(attempt);
            return awaiting(user.at(ClinicUserDetails.SecondFactor.CODE_AWAITED), signedIn);
        }
        lockout.succeeded(attempt);
        return status.required() ? awaiting(user.at(ClinicUserDetails.SecondFactor.ENROLMENT_AWAITED), signedIn) : signedIn;
    }

    private static Authentication awaiting(ClinicUserDetails user, Authentication signedIn) {
        UsernamePasswordAuthenticationToken awaiting = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        awaiting.setDetails(signedIn.getDetails());
        return awaiting;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
