package org.imagoclinic.demo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;

/**
 * Turns a total score into a form a partner could have filled in: one option per item whose scores, by
 * the instrument's own scoring key, add up to exactly that total. Items printed from the high end (CSI-16
 * items 2, 11, 13, 14, 16) are handled by the key, not by guessing.
 */
final class AnswerSets {

    private AnswerSets() {
    }

    /**
     * The positions of the chosen options (from 0, as printed), spread evenly over the items with a little
     * variation from {@code random}.
     *
     * @throws IllegalArgumentException when the total is outside the instrument's range
     */
    static List<Integer> forTotal(Instrument instrument, int total, Random random) {
        List<InstrumentItem> items = instrument.items();
        int[] low = new int[items.size()];
        int[] high = new int[items.size()];
        int lowest = 0;
        int highest = 0;
        for (int i = 0; i < items.size(); i++) {
            low[i] = items.get(i).options().stream().mapToInt(InstrumentItem.AnswerOption::score).min().orElseThrow();
            high[i] = items.get(i).options().stream().mapToInt(InstrumentItem.AnswerOption::score).max().orElseThrow();
            lowest += low[i];
            highest += high[i];
        }
        if (total < lowest || total > highest) {
            throw new IllegalArgumentException(instrument.code() + " totals lie between " + lowest + " and " + highest
                    + "; " + total + " is not one of them");
        }
        int[] scores = new int[items.size()];
        int sum = 0;
        double share = highest == lowest ? 0 : (double) (total - lowest) / (highest - lowest);
        for (int i = 0; i < items.size(); i++) {
            scores[i] = low[i] + (int) Math.floor(share * (high[i] - low[i]));
            sum += scores[i];
        }
        // hand out what flooring left over, then swap a few points between items so forms differ
        while (sum < total) {
            int i = random.nextInt(items.size());
            if (scores[i] < high[i]) {
                scores[i]++;
                sum++;
            }
        }
        for (int swap = 0; swap < items.size(); swap++) {
            int up = random.nextInt(items.size());
            int down = random.nextInt(items.size());
            if (up != down && scores[up] < high[up] && scores[down] > low[down]) {
                scores[up]++;
                scores[down]--;
            }
        }
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int wanted = scores[i];
            // the option scoring closest to the wanted score (exactly it on a key with every step, as the CSI has)
            answers.add(items.get(i).options().stream()
                    .min(Comparator.comparingInt(option -> Math.abs(option.score() - wanted)))
                    .orElseThrow().position());
        }
        return answers;
    }
}
