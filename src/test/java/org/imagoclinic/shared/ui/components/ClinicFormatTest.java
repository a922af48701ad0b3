package org.imagoclinic.shared.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every screen writes a day the clinic's one way: day first, 24-hour clock, names in the clinic's language. */
class ClinicFormatTest {

    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 12, 7, 9, 5, 7);

    @Test
    void aDayAndATimeReadAsAClinicInBritainWritesThem() {
        assertThat(ClinicFormat.DAY.format(MONDAY_MORNING.toLocalDate())).isEqualTo("7 Dec 2026");
        assertThat(ClinicFormat.DAY_WITH_WEEKDAY.format(LocalDate.of(2026, 12, 7))).isEqualTo("Mon 7 Dec 2026");
        assertThat(ClinicFormat.LONG_DAY.format(MONDAY_MORNING)).isEqualTo("7 December 2026");
        assertThat(ClinicFormat.TIME.format(MONDAY_MORNING.plusHours(12))).isEqualTo("21:05");
        assertThat(ClinicFormat.WEEKDAY_AND_TIME.format(MONDAY_MORNING)).isEqualTo("Mon 7 Dec 2026, 09:05");
        assertThat(ClinicFormat.DAY_AND_TIME_TO_THE_SECOND.format(MONDAY_MORNING)).isEqualTo("7 Dec 2026, 09:05:07");
    }

    @Test
    void anotherClinicLocaleNamesMonthsInItsLanguageAndKeepsTheDayFirst() {
        try {
            ClinicFormat.useClinicLocale(Locale.GERMANY);
            assertThat(ClinicFormat.LONG_DAY.format(MONDAY_MORNING)).isEqualTo("7 Dezember 2026");
            assertThat(ClinicFormat.clinicLocale()).isEqualTo(Locale.GERMANY);
        } finally {
            ClinicFormat.useClinicLocale(Locale.UK);
        }
    }
}
