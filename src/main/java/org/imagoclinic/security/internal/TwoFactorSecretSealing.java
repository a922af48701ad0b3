package org.imagoclinic.security.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.imagoclinic.shared.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two-factor secrets are stored encrypted (ADR 0037): AES-256-GCM from the JDK, with a key from
 * configuration ({@value #KEY_PROPERTY}, 32 bytes in Base64; docs/operations.md), a fresh 96-bit nonce
 * per secret and the account's id as associated data, so a sealed secret copied to another account's
 * row does not open. A database dump alone no longer yields the codes of every enrolled person.
 * Stored as: version byte {@code 1}, nonce, ciphertext with its 128-bit tag.
 */
@Component
class TwoFactorSecretSealing {

    static final String KEY_PROPERTY = "imago.security.two-factor.key";
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TwoFactorSecretSealing(@Value("${" + KEY_PROPERTY + ":}") String base64Key) {
        if (base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(KEY_PROPERTY + " must be 32 random bytes in Base64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(KEY_PROPERTY + " must be 32 random bytes in Base64 (openssl rand -base64 32), not "
                    + bytes.length + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** Whether a key is configured; without one two-factor sign-in can't be set up or used. */
    boolean configured() {
        return key != null;
    }

    byte[] seal(UUID accountId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, accountId, nonce).doFinal(secret);
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
    }

    byte[] open(UUID accountId, byte[] stored) {
        if (stored.length <= 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("The two-factor secret of account " + accountId + " is not sealed as expected");
        }
        byte[] nonce = Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES);
        return cipher(Cipher.DECRYPT_MODE, accountId, nonce).doFinal(Arrays.copyOfRange(stored, 1 + NONCE_BYTES, stored.length));
    }

    private Sealer cipher(int mode, UUID accountId, byte[] nonce) {
        SecretKey configured = key;
        if (configured == null) {
            throw new BusinessRuleException("Two-factor sign-in is not set up on this server: an administrator must"
                    + " configure its encryption key (" + KEY_PROPERTY + ", see the operations guide).");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, configured, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(16).putLong(accountId.getMostSignificantBits())
                    .putLong(accountId.getLeastSignificantBits()).array());
            return input -> {
                try {
                    return cipher.doFinal(input);
                } catch (GeneralSecurityException wrongKeyOrTampered) {
                    throw new IllegalStateException("The two-factor secret of account " + accountId
                            + " does not open with the configured key", wrongKeyOrTampered);
                }
            };
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", unavailable);
        }
    }

    private interface Sealer {
        byte[] doFinal(byte[] input);
    }
}
