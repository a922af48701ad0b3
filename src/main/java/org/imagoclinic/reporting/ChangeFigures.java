package org.imagoclinic.reporting;

import org.jspecify.annotations.Nullable;

/**
 * Pre–post change of the partners with at least two measures (baseline: the episode's first score;
 * current: its latest). Null figures when there are too few partners to compute them.
 *
 * @param partners n, the partners behind every figure here
 * @param meanChange mean of (current − baseline), in score points
 * @param cohensD pre–post effect size, {@link #FORMULA}; positive = improvement
 */
public record ChangeFigures(@Nullable Integer partners, @Nullable Double meanBaseline, @Nullable Double meanCurrent,
                            @Nullable Double meanChange, @Nullable Double sdBaseline, @Nullable Double sdCurrent,
                            @Nullable Double cohensD, String formula) {

    /** How the effect size is computed. */
    public static final String FORMULA = "Cohen's d = (mean current − mean baseline) / SD_pooled, "
            + "SD_pooled = √((SD_baseline² + SD_current²) / 2), sample SDs (n − 1), sign turned so that positive is better";
}
