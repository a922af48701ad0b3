package org.imagoclinic.assessments;

/**
 * The reliable change index between a baseline and a current score, and the class it puts the
 * partner in.
 *
 * @param baseline the first score of the episode
 * @param current the latest score
 * @param index RC = (current − baseline) / S_diff, signed so that a positive index is an
 *              improvement whichever direction the instrument scores
 * @param outcome the class
 */
public record ReliableChange(int baseline, int current, double index, OutcomeClass outcome) {

    /** |RC| must exceed this for change to be reliable (two-tailed p &lt; .05). */
    public static final double THRESHOLD = 1.96;

    /** Computes the index and the class for one partner. */
    public static ReliableChange between(int baseline, int current, Instrument instrument, Norms norms) {
        double difference = instrument.higherIsBetter() ? current - baseline : baseline - current;
        double index = difference / norms.standardErrorOfDifference();
        return new ReliableChange(baseline, current, index, classify(index, baseline, current, instrument));
    }

    /**
     * The class for a given index: reliable only beyond ±1.96 (exactly 1.96 is not), recovered when
     * the improvement also crossed the cut-off out of the clinical range.
     */
    public static OutcomeClass classify(double index, int baseline, int current, Instrument instrument) {
        OutcomeClass outcome;
        if (index > THRESHOLD) {
            boolean crossedIntoFunctionalRange = instrument.inClinicalRange(baseline) && !instrument.inClinicalRange(current)
                    && instrument.clinicalCutoff() != null;
            outcome = crossedIntoFunctionalRange ? OutcomeClass.RECOVERED : OutcomeClass.IMPROVED;
        } else if (index < -THRESHOLD) {
            outcome = OutcomeClass.DETERIORATED;
        } else {
            outcome = OutcomeClass.NO_RELIABLE_CHANGE;
        }
        return outcome;
    }
}
