package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.imagoclinic.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Two-factor secrets sealed with AES-GCM by a configured key (ADR 0037); a plain unit test, no context. */
class TwoFactorSecretSealingTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aSealedSecretOpensOnlyForItsOwnAccountAndWithTheSameKey() {
        TwoFactorSecretSealing sealing = new TwoFactorSecretSealing(randomKey());
        UUID account = UUID.randomUUID();
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);

        byte[] sealed = sealing.seal(account, secret);

        assertThat(sealed).hasSize(1 + 12 + 20 + 16);
        assertThat(sealing.seal(account, secret)).isNotEqualTo(sealed);
        assertThat(sealing.open(account, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> sealing.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TwoFactorSecretSealing(randomKey()).open(account, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyTwoFactorCannotBeSetUpAndAWrongKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new TwoFactorSecretSealing("").seal(UUID.randomUUID(), new byte[20]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(TwoFactorSecretSealing.KEY_PROPERTY);
        assertThatThrownBy(() -> new TwoFactorSecretSealing(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> new TwoFactorSecretSealing("not base64!")).hasMessageContaining("32 random bytes");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
