package org.imagoclinic.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts below 5 and the figures that would give them back (ADR 0044): primary and secondary suppression. */
class SmallCountCellsTests {

    @Test
    void aCountFromOneToFourIsSuppressedAndZeroAndFiveAreShown() {
        SmallCountCells cells = new SmallCountCells().count("none", 0).count("one", 1).count("four", 4).count("five", 5);

        assertThat(cells.shown("none")).isZero();
        assertThat(cells.shown("one")).isNull();
        assertThat(cells.shown("four")).isNull();
        assertThat(cells.shown("five")).isEqualTo(5);
    }

    @Test
    void aTotalThatWouldGiveBackItsOnlySuppressedPartIsSuppressedToo() {
        // 19 due = 10 attended + 3 no-shows + 6 late: 19 − 10 − 6 would say 3
        SmallCountCells cells = new SmallCountCells().count("due", 19).count("attended", 10).count("noShows", 3)
                .count("late", 6).sum("due", List.of("attended", "noShows", "late"));

        assertThat(cells.shown("noShows")).isNull();
        assertThat(cells.shown("due")).isNull();
        assertThat(cells.shown("attended")).isEqualTo(10);
        assertThat(cells.derived(0.53, "attended", "due")).as("a rate over a suppressed total").isNull();
    }

    @Test
    void aPartThatIsZeroIsSuppressedInsteadOfTheTotal() {
        SmallCountCells cells = new SmallCountCells().count("due", 13).count("attended", 10).count("noShows", 3)
                .count("late", 0).sum("due", List.of("attended", "noShows", "late"));

        assertThat(cells.shown("late")).as("0 is truthfully fewer than 5").isNull();
        assertThat(cells.shown("due")).isEqualTo(13);
        assertThat(cells.derived(0.77, "attended", "due")).isEqualTo(0.77);
        assertThat(cells.derived(0.23, "noShows", "due")).isNull();
    }

    @Test
    void suppressionCarriesAcrossSumsThatShareACount() {
        // the months add up to the period's attended, which is part of the sessions due
        SmallCountCells cells = new SmallCountCells().count("jan", 2).count("feb", 8).count("attended", 10)
                .count("noShows", 5).count("due", 15).sum("attended", List.of("jan", "feb"))
                .sum("due", List.of("attended", "noShows"));

        assertThat(cells.shown("jan")).isNull();
        assertThat(cells.shown("attended")).isNull();
        assertThat(cells.shown("due")).as("due − no-shows would give attended back, and with it January").isNull();
        assertThat(cells.shown("feb")).isEqualTo(8);
    }

    @Test
    void twoSuppressedPartsKeepTheirTotal() {
        SmallCountCells cells = new SmallCountCells().count("total", 12).count("a", 2).count("b", 3).count("c", 7)
                .sum("total", List.of("a", "b", "c"));

        assertThat(cells.shown("total")).isEqualTo(12);
        assertThat(cells.shown("c")).isEqualTo(7);
    }
}
