package org.imagoclinic.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson score intervals and funnel limits against cases worked out by hand. */
class ShareIntervalTests {

    @Test
    void sevenOfTwentyIsThirtyFivePerCentFrom18To57() {
        // p .35, z² 3.8415: centre (.35 + .09604) / 1.19207 = .37417, half 1.64418 · √(.011375 + .002401) = .19298
        ShareInterval share = ShareInterval.wilson(7, 20);

        assertThat(share.share()).isEqualTo(0.35);
        assertThat(share.lower()).isCloseTo(0.1812, within(0.00005));
        assertThat(share.upper()).isCloseTo(0.5671, within(0.00005));
    }

    @Test
    void noneOfTenStillHasAnUpperEndAndNothingOfNothingHasNoShare() {
        // centre .19207 / 1.38415 = .13877, half 1.41601 · √(3.8415 / 400) = .13877
        ShareInterval none = ShareInterval.wilson(0, 10);

        assertThat(none.lower()).isCloseTo(0, within(1e-12));
        assertThat(none.upper()).isCloseTo(0.2775, within(0.00005));
        assertThat(ShareInterval.wilson(0, 0).share()).isNull();
        assertThatThrownBy(() -> ShareInterval.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void funnelLimitsAroundThirtyPerCentForTwentyAreCutAtNought() {
        // SE √(.3 · .7 / 20) = .102470: 95 % ± .200838, 99.8 % ± .316656 (the lower one, −.0167, cut to 0)
        ControlLimits limits = ControlLimits.around(0.3, 20);

        assertThat(limits.lower95()).isCloseTo(0.0992, within(0.00005));
        assertThat(limits.upper95()).isCloseTo(0.5008, within(0.00005));
        assertThat(limits.lower998()).isZero();
        assertThat(limits.upper998()).isCloseTo(0.6167, within(0.00005));
        assertThat(limits.position(0.55)).isEqualTo("above the 95 % limit");
        assertThat(limits.position(0.62)).isEqualTo("above the 99.8 % limit");
        assertThat(limits.position(0.1)).isEqualTo("within the limits");
    }

    @Test
    void aShareLeavesTheFunnelExactlyWhenItsWilsonIntervalMissesTheClinicsShare() {
        ShareInterval therapist = ShareInterval.wilson(7, 20);
        // .6 ± 1.96 · √(.24 / 20) = [.3853, .8147]: .35 lies below, and the interval's .567 lies below .6
        assertThat(ControlLimits.around(0.6, 20).position(0.35)).isEqualTo("below the 95 % limit");
        assertThat(therapist.upper()).isLessThan(0.6);
        // .55 ± .2180 = [.332, .768]: .35 lies inside, and the interval reaches past .55
        assertThat(ControlLimits.around(0.55, 20).position(0.35)).isEqualTo("within the limits");
        assertThat(therapist.upper()).isGreaterThan(0.55);
    }
}
