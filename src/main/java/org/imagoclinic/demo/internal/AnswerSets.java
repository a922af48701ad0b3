package org.imagoclinic.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;

/**
 * Fills in a form as a partner would: from one underlying satisfaction level. Every item is that level
 * on the item's own scale plus a little noise of the item's own, and the option scoring nearest is
 * ticked; items printed from the high end (CSI-16 items 2, 11, 13, 14, 16) are answered through the
 * instrument's scoring key, so a satisfied partner ticks their first option. Because all items follow
 * one level, they hang together as real answers do (Cronbach's α about .94 over a clinical spread of
 * levels), where items drawn one by one would not.
 */
final class AnswerSets {

    /** The spread of an item around the level, in item score points (of 5 or 6). */
    static final double ITEM_NOISE = 0.7;

    private AnswerSets() {
    }

    /**
     * The positions of the chosen options (from 0, as printed) for a partner at {@code level}.
     *
     * @param level the underlying satisfaction in total-score points (0–81 on the CSI-16); outside the
     *              range it is taken as the nearest end
     */
    static List<Integer> forLevel(Instrument instrument, double level, Random random) {
        List<InstrumentItem> items = instrument.items();
        int lowest = 0;
        int highest = 0;
        for (InstrumentItem item : items) {
            lowest += low(item);
            highest += high(item);
        }
        double share = highest == lowest ? 0 : Math.clamp((level - lowest) / (highest - lowest), 0.0, 1.0);
        List<Integer> answers = new ArrayList<>(items.size());
        for (InstrumentItem item : items) {
            double wanted = low(item) + share * (high(item) - low(item)) + ITEM_NOISE * random.nextGaussian();
            InstrumentItem.AnswerOption nearest = item.options().getFirst();
            for (InstrumentItem.AnswerOption option : item.options()) {
                if (Math.abs(option.score() - wanted) < Math.abs(nearest.score() - wanted)) {
                    nearest = option;
                }
            }
            answers.add(nearest.position());
        }
        return answers;
    }

    private static int low(InstrumentItem item) {
        return item.options().stream().mapToInt(InstrumentItem.AnswerOption::score).min().orElseThrow();
    }

    private static int high(InstrumentItem item) {
        return item.options().stream().mapToInt(InstrumentItem.AnswerOption::score).max().orElseThrow();
    }
}
