package org.imagoclinic.security.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.imagoclinic.security.AuthenticatorApps;
import org.imagoclinic.security.SignInAttempts;
import org.imagoclinic.security.SignInLockedOut;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The staff sign-in's lock-out, password rules and authenticator codes, lent to another module's
 * sign-in (the partners' portal, ADR 0055) without its accounts: the caller keeps its own.
 */
@Service
class SharedSignInPieces implements SignInAttempts, AuthenticatorApps {

    private final SignInLockout lockout;
    private final PasswordEncoder passwordEncoder;
    private final TwoFactorSecretSealing sealing;
    private final Clock clock;
    /** Compared with when there is no hash, so that an unknown address takes as long as a known one. */
    private final String noHash;

    SharedSignInPieces(SignInLockout lockout, PasswordEncoder passwordEncoder, TwoFactorSecretSealing sealing, Clock clock) {
        this.lockout = lockout;
        this.passwordEncoder = passwordEncoder;
        this.sealing = sealing;
        this.clock = clock;
        this.noHash = passwordEncoder.encode("no password is set for this sign-in");
    }

    @Override
    public Attempt claim(String key, @Nullable String ipAddress) {
        try {
            SignInLockout.Attempt attempt = lockout.claim(key, ipAddress, clock.instant());
            return new Attempt(attempt.key(), attempt.place());
        } catch (AccountLockedException locked) {
            throw new SignInLockedOut(locked.lockedUntil());
        }
    }

    @Override
    public void failed(Attempt attempt) {
        lockout.failed(own(attempt), clock.instant()).ifPresent(until -> {
            throw new SignInLockedOut(until);
        });
    }

    @Override
    public void succeeded(Attempt attempt) {
        lockout.succeeded(own(attempt));
    }

    @Override
    public void passed(Attempt attempt) {
        lockout.passed(own(attempt));
    }

    @Override
    public Optional<String> passwordProblem(String password, @Nullable String email) {
        return PasswordPolicy.problemWith(password, email == null ? "" : email, email);
    }

    @Override
    public String hash(String password) {
        return passwordEncoder.encode(password);
    }

    @Override
    public boolean matches(String password, @Nullable String hash) {
        if (Passwords.tooLong(password)) {
            return false;
        }
        boolean right = passwordEncoder.matches(password, hash == null ? noHash : hash);
        return hash != null && right;
    }

    @Override
    public Enrolment enrol(UUID ownerId, String label) {
        byte[] secret = TotpCodes.newSecret();
        return new Enrolment(sealing.seal(ownerId, secret), TotpCodes.base32(secret), TotpCodes.otpauthUri(secret, label));
    }

    @Override
    public OptionalLong step(UUID ownerId, byte[] sealedSecret, String typed) {
        return TotpCodes.matchingStep(sealing.open(ownerId, sealedSecret), typed, clock.instant());
    }

    private static SignInLockout.Attempt own(Attempt attempt) {
        return new SignInLockout.Attempt(attempt.key(), attempt.place());
    }
}
