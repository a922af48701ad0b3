package org.imagoclinic.records.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.imagoclinic.clients.RetentionFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.stereotype.Component;

/**
 * The clinic's retention periods per kind of record (docs/operations.md, ADR 0049) and the day a couple's
 * retention ends: the latest of
 * <ul>
 * <li>the clinical record: {@code imago.records.retention.clinical-record} (default 7 years) after the
 * latest episode of care closed; while an episode is open, retention has not started;</li>
 * <li>an enquiry that never became an episode: {@code imago.records.retention.enquiry} (default 7 years)
 * after the couple was registered;</li>
 * <li>minors: when {@code imago.records.retention.minors-until-age} is set (e.g. 25), the record of a
 * partner who was under 18 when the episode closed is kept until that birthday, if that is later;</li>
 * <li>the financial record: {@code imago.records.retention.financial-record} (default 7 years) after the
 * last invoice, payment, credit note or refund.</li>
 * </ul>
 */
@Component
class RetentionRule {

    static final int ADULT_AT = 18;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Period clinical;
    private final Period enquiry;
    private final Period financial;
    private final @Nullable Integer minorsUntilAge;

    RetentionRule(@Value("${imago.records.retention.clinical-record:7y}") String clinical,
                  @Value("${imago.records.retention.enquiry:7y}") String enquiry,
                  @Value("${imago.records.retention.financial-record:7y}") String financial,
                  @Value("${imago.records.retention.minors-until-age:}") String minorsUntilAge) {
        this.clinical = period("clinical-record", clinical);
        this.enquiry = period("enquiry", enquiry);
        this.financial = period("financial-record", financial);
        this.minorsUntilAge = minorsUntilAge.isBlank() ? null : Integer.valueOf(minorsUntilAge.strip());
        if (this.minorsUntilAge != null && this.minorsUntilAge < ADULT_AT) {
            throw new IllegalArgumentException("imago.records.retention.minors-until-age must be " + ADULT_AT + " or more");
        }
    }

    /** The day the couple's retention ends; empty while an episode of care is open. */
    Optional<LocalDate> endsOn(RetentionFacts facts, Optional<LocalDate> lastFinancialDay) {
        return ending(facts, lastFinancialDay).map(Ending::day);
    }

    /** Why the record is kept until then, in plain words; empty while an episode is open. */
    Optional<Ending> ending(RetentionFacts facts, Optional<LocalDate> lastFinancialDay) {
        if (facts.episodeOpen()) {
            return Optional.empty();
        }
        LocalDate closed = facts.lastEpisodeClosedOn();
        Ending ending = facts.anyEpisode() && closed != null
                ? new Ending(closed.plus(clinical), "the clinical record is kept for " + words(clinical)
                        + " after the episode of care closed on " + DAY.format(closed))
                : new Ending(facts.registeredOn().plus(enquiry), "the enquiry is kept for " + words(enquiry)
                        + " after the couple was registered on " + DAY.format(facts.registeredOn()));
        if (minorsUntilAge != null && closed != null) {
            for (LocalDate born : facts.partnersBornOn()) {
                LocalDate untilAge = born.plusYears(minorsUntilAge);
                if (born.plusYears(ADULT_AT).isAfter(closed) && untilAge.isAfter(ending.day())) {
                    ending = new Ending(untilAge, "a partner was under " + ADULT_AT + " when the episode closed, and the"
                            + " record of a minor is kept until their " + minorsUntilAge + "th birthday");
                }
            }
        }
        if (lastFinancialDay.isPresent() && lastFinancialDay.get().plus(financial).isAfter(ending.day())) {
            ending = new Ending(lastFinancialDay.get().plus(financial), "financial records are kept for "
                    + words(financial) + " after the last invoice or payment, on " + DAY.format(lastFinancialDay.get()));
        }
        return Optional.of(ending);
    }

    /** The day a retention ends and why, e.g. "the clinical record is kept for 7 years after …". */
    record Ending(LocalDate day, String why) {

        String dayInWords() {
            return DAY.format(day);
        }
    }

    private static Period period(String name, String value) {
        Period period = PeriodStyle.detectAndParse(value.strip());
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("imago.records.retention." + name + " must be a period longer than zero");
        }
        return period;
    }

    private static String words(Period period) {
        StringBuilder text = new StringBuilder();
        append(text, period.getYears(), "year");
        append(text, period.getMonths(), "month");
        append(text, period.getDays(), "day");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String unit) {
        if (count != 0) {
            text.append(text.isEmpty() ? "" : " ").append(count).append(' ').append(unit).append(count == 1 ? "" : "s");
        }
    }
}
