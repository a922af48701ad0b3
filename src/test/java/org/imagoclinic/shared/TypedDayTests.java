package org.imagoclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Days as the front desk types them: the common forms read, what could be two days or none refused in words. */
class TypedDayTests {

    private static final TypedDay CLINIC = TypedDay.dayFirst(true);
    private static final LocalDate PI_DAY = LocalDate.of(1986, 3, 14);

    @Test
    void theCommonFormsReadAsTheOneDayTheyCanMean() {
        for (String typed : new String[] {"1986-03-14", "14/03/1986", "3/14/1986", "14.3.1986", "14-03-1986",
                "14 March 1986", "14 mar 1986", "March 14, 1986", "Mar 14th 1986"}) {
            assertThat(CLINIC.read(typed).orElseThrow().day()).as(typed).contains(PI_DAY);
        }
        assertThat(CLINIC.read("03/04/1986").orElseThrow().day()).as("the clinic's own style, day first")
                .contains(LocalDate.of(1986, 4, 3));
        assertThat(TypedDay.dayFirst(false).read("03/04/1986").orElseThrow().day()).contains(LocalDate.of(1986, 3, 4));
        assertThat(CLINIC.read("  ")).isEmpty();
    }

    @Test
    void whatCouldBeTwoDaysOrNoneIsRefusedInPlainWords() {
        assertThat(problem("3/4/1986")).contains("3/4/1986 could be 3 April 1986 or 4 March 1986: write it as 03/04/1986 "
                + "or as 1986-04-03 (year-month-day).");
        assertThat(problem("14/3/86")).contains("Write the year in full, e.g. 1986.");
        assertThat(problem("31/02/1986")).contains("There is no such day: check the day and the month of 31/02/1986.");
        assertThat(problem("1986-02-30")).contains("There is no day 30 in February 1986.");
        assertThat(problem("14 Maich 1986")).contains("\"maich\" is not a month: write it as e.g. 14 March 1986.");
        assertThat(problem("next tuesday")).contains("Write the date as day/month/year, e.g. 14/03/1986, or 1986-03-14.");
    }

    private static Optional<String> problem(String typed) {
        TypedDay.Reading reading = CLINIC.read(typed).orElseThrow();
        assertThat(reading.day()).as(typed).isEmpty();
        return reading.problem();
    }
}
