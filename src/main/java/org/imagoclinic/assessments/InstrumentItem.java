package org.imagoclinic.assessments;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of an instrument.
 *
 * @param number from 1, as printed
 * @param options in the order printed on the form; an answer is the position in this list, from 0
 * @param leftPole for a semantic differential, the word printed on the left (e.g. "INTERESTING"); else null
 * @param rightPole for a semantic differential, the word printed on the right; else null
 */
public record InstrumentItem(int number, String stem, Kind kind, @Nullable String leftPole, @Nullable String rightPole,
                             List<AnswerOption> options) {

    /** How the item is printed. */
    public enum Kind {
        /** Labelled options, one under another. */
        SCALE,
        /** A row of positions between two opposite words. */
        SEMANTIC_DIFFERENTIAL
    }

    /** A printed option and the score the scoring key gives it. */
    public record AnswerOption(int position, String label, int score) {
    }
}
