package org.imagoclinic.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A cancellation is late after the same wall-clock time the day before (24 hours' notice), as clients
 * read it on the clinic's clock (Europe/London here), even when the clocks change in between.
 */
class LateCancellationTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Duration DAY = Duration.ofHours(24);

    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    @Test
    void onTheSpringSundayTheDeadlineIsTheSameClockTimeOnSaturdayOnly23HoursEarlier() {
        // clocks go forward at 01:00 on Sunday 29 March 2026
        Instant start = london(2026, 3, 29, 10, 0);

        assertThat(LateCancellation.deadline(start, LONDON, DAY)).isEqualTo(london(2026, 3, 28, 10, 0));
        assertThat(Duration.between(LateCancellation.deadline(start, LONDON, DAY), start)).isEqualTo(Duration.ofHours(23));
        // 23.5 hours before the start, but before 10:00 on Saturday: in time
        assertThat(LateCancellation.isLate(london(2026, 3, 28, 9, 30), start, LONDON, DAY)).isFalse();
        assertThat(LateCancellation.isLate(london(2026, 3, 28, 10, 30), start, LONDON, DAY)).isTrue();
    }

    @Test
    void onTheAutumnSundayTheDeadlineIsTheSameClockTimeOnSaturday25HoursEarlier() {
        // clocks go back at 02:00 on Sunday 25 October 2026
        Instant start = london(2026, 10, 25, 10, 0);

        assertThat(Duration.between(LateCancellation.deadline(start, LONDON, DAY), start)).isEqualTo(Duration.ofHours(25));
        // 24.5 hours before the start, yet after 10:00 on Saturday: late
        assertThat(LateCancellation.isLate(london(2026, 10, 24, 10, 30), start, LONDON, DAY)).isTrue();
        assertThat(LateCancellation.isLate(london(2026, 10, 24, 9, 59), start, LONDON, DAY)).isFalse();
    }

    @Test
    void onOrdinaryDaysItIsSimply24HoursAndTheWindowIsTheClinicsSetting() {
        Instant start = london(2026, 6, 10, 15, 0);

        assertThat(LateCancellation.isLate(london(2026, 6, 9, 15, 0), start, LONDON, DAY)).isFalse();
        assertThat(LateCancellation.isLate(london(2026, 6, 9, 15, 1), start, LONDON, DAY)).isTrue();
        assertThat(LateCancellation.isLate(london(2026, 6, 9, 15, 1), start, LONDON, Duration.ofHours(48))).isTrue();
        assertThat(LateCancellation.isLate(london(2026, 6, 9, 15, 1), start, LONDON, Duration.ofHours(12))).isFalse();
    }
}
