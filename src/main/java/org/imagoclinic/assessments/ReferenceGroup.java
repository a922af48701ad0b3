package org.imagoclinic.assessments;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Norms for reliable change from the clinic's own reference group (Jacobson &amp; Truax 1991; ADR
 * 0032): the baseline forms of an instrument, one per partner and episode, give SD₁ and r.
 *
 * <p>SD₁ is the sample standard deviation (n − 1) of the baseline totals; r is Cronbach's α of the
 * same forms, α = k/(k − 1) · (1 − Σ sᵢ² / s²ₜ), with sample variances (n − 1) for every item and for
 * the totals. They are used from {@value #MINIMUM_BASELINES} baselines on.
 *
 * @param baselines n, the number of baseline forms
 * @param sd the sample SD of the totals; null with fewer than two baselines
 * @param alpha Cronbach's α; null with fewer than two baselines or two items, or when the totals do
 *              not vary
 */
public record ReferenceGroup(int baselines, @Nullable Double sd, @Nullable Double alpha) {

    /** The clinic's figures are used from this many baselines on. */
    public static final int MINIMUM_BASELINES = 30;

    /**
     * SD₁ and α of a set of baseline forms.
     *
     * @param itemScores one entry per form: its item scores by the instrument's scoring key (not the
     *                   printed positions), every form with the same number of items; a form's total
     *                   is the sum of its item scores
     * @throws IllegalArgumentException when the forms have different numbers of items
     */
    public static ReferenceGroup of(List<int[]> itemScores) {
        int n = itemScores.size();
        if (n < 2) {
            return new ReferenceGroup(n, null, null);
        }
        int k = itemScores.getFirst().length;
        double[] totals = new double[n];
        for (int form = 0; form < n; form++) {
            int[] scores = itemScores.get(form);
            if (scores.length != k) {
                throw new IllegalArgumentException("Form " + (form + 1) + " has " + scores.length + " items, the first " + k);
            }
            for (int score : scores) {
                totals[form] += score;
            }
        }
        double totalVariance = sampleVariance(totals);
        double sd = Math.sqrt(totalVariance);
        if (k < 2 || totalVariance == 0) {
            return new ReferenceGroup(n, sd, null);
        }
        double itemVariances = 0;
        double[] column = new double[n];
        for (int item = 0; item < k; item++) {
            for (int form = 0; form < n; form++) {
                column[form] = itemScores.get(form)[item];
            }
            itemVariances += sampleVariance(column);
        }
        double alpha = (double) k / (k - 1) * (1 - itemVariances / totalVariance);
        return new ReferenceGroup(n, sd, alpha);
    }

    /** Whether the figures can serve as norms: enough baselines, a spread, and an α between 0 and 1. */
    public boolean usable() {
        return baselines >= MINIMUM_BASELINES && sd != null && sd > 0 && alpha != null && alpha > 0 && alpha < 1;
    }

    /** How many more baselines are needed before the figures are used; 0 when there are enough. */
    public int moreNeeded() {
        return Math.max(0, MINIMUM_BASELINES - baselines);
    }

    /** Σ (x − mean)² / (n − 1), in two passes. */
    private static double sampleVariance(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return squares / (values.length - 1);
    }
}
