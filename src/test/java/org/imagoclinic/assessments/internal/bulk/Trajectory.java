package org.imagoclinic.assessments.internal.bulk;

import java.util.SplittableRandom;
import org.imagoclinic.assessments.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * A partner's made-up course over an episode: a baseline mostly in the clinical range and a change
 * by its end. About two in three improve, one in four stay about the same, one in ten get worse;
 * a partner often, not always, follows the other's course.
 */
record Trajectory(Course course, double baseline, double change, int min, int max) {

    enum Course { IMPROVES, FLAT, DETERIORATES }

    static Trajectory random(SplittableRandom random, Instrument instrument, @Nullable Trajectory partner) {
        Course course = partner != null && random.nextInt(100) < 70 ? partner.course() : course(random.nextInt(100));
        int span = instrument.maxScore() - instrument.minScore();
        double baseline = instrument.minScore() + span * (0.50 + 0.13 * gaussian(random));
        double change = switch (course) {
            case IMPROVES -> span * (0.12 + 0.22 * random.nextDouble());
            case FLAT -> span * 0.04 * gaussian(random);
            case DETERIORATES -> -span * (0.10 + 0.12 * random.nextDouble());
        };
        int sign = instrument.higherIsBetter() ? 1 : -1;
        return new Trajectory(course, baseline, sign * change, instrument.minScore(), instrument.maxScore());
    }

    private static Course course(int roll) {
        return roll < 65 ? Course.IMPROVES : roll < 90 ? Course.FLAT : Course.DETERIORATES;
    }

    /** The score aimed at {@code progress} (0 at baseline, 1 at the end) of the way through, with a little noise. */
    double at(double progress, SplittableRandom random) {
        double target = baseline + change * progress + 2 * gaussian(random);
        return Math.max(min, Math.min(max, target));
    }

    private static double gaussian(SplittableRandom random) {
        // sum of uniforms: close enough to normal for made-up scores, and reproducible from the seed
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += random.nextDouble();
        }
        return sum - 6;
    }
}
