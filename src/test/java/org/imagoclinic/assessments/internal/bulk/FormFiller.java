package org.imagoclinic.assessments.internal.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;

/**
 * Answers an instrument's items so that the total lands near a target: each item gets the printed
 * option whose score is nearest its share of the target, sometimes one step either side. The
 * answers are positions as printed, so reversed items are answered as a person would.
 */
final class FormFiller {

    private final Instrument instrument;

    FormFiller(Instrument instrument) {
        this.instrument = instrument;
    }

    List<Integer> answersNear(double target, SplittableRandom random) {
        double share = (target - instrument.minScore()) / Math.max(1, instrument.maxScore() - instrument.minScore());
        List<Integer> answers = new ArrayList<>(instrument.items().size());
        for (InstrumentItem item : instrument.items()) {
            int lowest = item.options().stream().mapToInt(InstrumentItem.AnswerOption::score).min().orElse(0);
            int highest = item.options().stream().mapToInt(InstrumentItem.AnswerOption::score).max().orElse(0);
            double aim = lowest + share * (highest - lowest) + (random.nextInt(3) - 1) * 0.6;
            InstrumentItem.AnswerOption nearest = item.options().getFirst();
            for (InstrumentItem.AnswerOption option : item.options()) {
                if (Math.abs(option.score() - aim) < Math.abs(nearest.score() - aim)) {
                    nearest = option;
                }
            }
            answers.add(item.options().indexOf(nearest));
        }
        return answers;
    }

    /** PostgreSQL's text form of an int array, for COPY. */
    static String arrayLiteral(List<Integer> answers) {
        return answers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
