package org.imagoclinic.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.RetentionFacts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The day a couple's retention ends, per kind of record (ADR 0049). */
class RetentionRuleTests {

    private static final LocalDate CLOSED = LocalDate.of(2026, 3, 31);
    private static final LocalDate ADULT = LocalDate.of(1985, 3, 14);

    private final RetentionRule defaults = new RetentionRule("7y", "7y", "7y", "");

    @Test
    void theClinicalRecordIsKeptSevenYearsAfterTheLatestEpisodeClosedAndNothingEndsWhileOneIsOpen() {
        assertThat(defaults.endsOn(closedOn(CLOSED, ADULT), Optional.empty())).contains(LocalDate.of(2033, 3, 31));
        assertThat(defaults.endsOn(new RetentionFacts(UUID.randomUUID(), "A & B", CLOSED.minusYears(1), true, true, null,
                List.of(), List.of(ADULT, ADULT)), Optional.empty())).isEmpty();
    }

    @Test
    void anEnquiryIsCountedFromRegistrationAndFinancialRecordsFromTheLastInvoiceOrPayment() {
        RetentionFacts enquiry = new RetentionFacts(UUID.randomUUID(), "A & B", LocalDate.of(2024, 5, 2), false, false, null,
                List.of(), List.of(ADULT, ADULT));
        assertThat(new RetentionRule("7y", "2y", "7y", "").endsOn(enquiry, Optional.empty()))
                .contains(LocalDate.of(2026, 5, 2));
        assertThat(defaults.ending(closedOn(CLOSED, ADULT), Optional.of(LocalDate.of(2026, 9, 1)))).get()
                .satisfies(ending -> {
                    assertThat(ending.day()).isEqualTo(LocalDate.of(2033, 9, 1));
                    assertThat(ending.why()).contains("financial records");
                });
    }

    @Test
    void aMinorsRecordIsKeptUntilTheAgeTheClinicSetsOnlyWhenItSetsOne() {
        LocalDate bornSeventeenYearsBefore = CLOSED.minusYears(17);
        RetentionFacts minor = closedOn(CLOSED, bornSeventeenYearsBefore);
        assertThat(defaults.endsOn(minor, Optional.empty())).contains(CLOSED.plusYears(7));
        RetentionRule untilTwentyFive = new RetentionRule("7y", "7y", "7y", "25");
        assertThat(untilTwentyFive.endsOn(minor, Optional.empty())).contains(bornSeventeenYearsBefore.plusYears(25));
        assertThat(untilTwentyFive.endsOn(closedOn(CLOSED, CLOSED.minusYears(18)), Optional.empty()))
                .as("an adult when the episode closed").contains(CLOSED.plusYears(7));
        assertThatThrownBy(() -> new RetentionRule("7y", "7y", "7y", "16")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionRule("0y", "7y", "7y", "")).isInstanceOf(IllegalArgumentException.class);
    }

    private static RetentionFacts closedOn(@Nullable LocalDate closed, LocalDate partnerBBorn) {
        return new RetentionFacts(UUID.randomUUID(), "A & B", LocalDate.of(2025, 1, 6), false, true, closed,
                List.of(UUID.randomUUID(), UUID.randomUUID()), List.of(ADULT, partnerBBorn));
    }
}
