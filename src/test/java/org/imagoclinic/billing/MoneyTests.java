package org.imagoclinic.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Money is rounded once, half to even, and a share and the rest always add up to the whole. */
class MoneyTests {

    @Test
    void roundsHalfToEvenToThePenny() {
        assertThat(Money.of("0.125")).isEqualTo(Money.of("0.12"));
        assertThat(Money.of("0.135")).isEqualTo(Money.of("0.14"));
        assertThat(Money.of("165.00").percent(new BigDecimal("33.33"))).isEqualTo(Money.of("54.99"));
        assertThat(Money.of("0.05").percent(BigDecimal.valueOf(50))).isEqualTo(Money.of("0.02"));
    }

    @Test
    void aSplitAddsUpToTheWholeForTenThousandRandomAmountsAndShares() {
        Random random = new Random(20261207);
        for (int i = 0; i < 10_000; i++) {
            Money whole = Money.of(BigDecimal.valueOf(random.nextLong(0, 10_000_000), 2));
            BigDecimal share = BigDecimal.valueOf(random.nextInt(0, 10_001), 2);
            Money[] parts = whole.split(share);
            assertThat(parts[0].plus(parts[1])).as("%s split %s %%", whole, share).isEqualTo(whole);
            assertThat(parts[0].isNegative() || parts[1].isNegative()).isFalse();
        }
    }
}
