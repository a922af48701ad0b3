package org.imagoclinic.security.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, 30-second steps,
 * six digits, computed by java-otp. A code is taken from the step before or after the current one too,
 * so that a phone's clock a little off still signs in.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** 160 bits, as RFC 4226 recommends for HMAC-SHA1. */
    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "Imago Clinic";

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as people type it into an app: Base32, without padding. */
    static String base32(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    /** What the QR code carries (the Key URI Format authenticator apps read). */
    static String otpauthUri(byte[] secret, String username) {
        String label = encode(ISSUER) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The 30-second step an instant falls in. */
    static long stepAt(Instant instant) {
        return instant.getEpochSecond() / STEP.toSeconds();
    }

    /** The code of one step. */
    static String codeAt(byte[] secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), Instant.ofEpochSecond(step * STEP.toSeconds()),
                    Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The step whose code this is, among the step of {@code now} and the one on either side; empty when
     * it is none of them. Spaces in the typed code are ignored ("123 456").
     */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        String code = typed.replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static Key key(byte[] secret) {
        return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
