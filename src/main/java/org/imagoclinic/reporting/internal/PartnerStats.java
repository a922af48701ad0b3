package org.imagoclinic.reporting.internal;

import java.util.EnumMap;
import java.util.Map;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.reporting.ChangeFigures;

/**
 * Sums over partners with at least two measures, from which the means, the SDs and Cohen's d of any
 * group of therapists follow without going back to the rows.
 */
final class PartnerStats {

    final Map<OutcomeClass, Integer> classes = new EnumMap<>(OutcomeClass.class);
    int withoutNorms;
    long n;
    double sumBaseline;
    double sumCurrent;
    double sumBaselineSquared;
    double sumCurrentSquared;

    void add(PartnerStats other) {
        other.classes.forEach((outcome, count) -> classes.merge(outcome, count, Integer::sum));
        withoutNorms += other.withoutNorms;
        n += other.n;
        sumBaseline += other.sumBaseline;
        sumCurrent += other.sumCurrent;
        sumBaselineSquared += other.sumBaselineSquared;
        sumCurrentSquared += other.sumCurrentSquared;
    }

    int classified() {
        return classes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The change figures; {@code sign} is +1 when higher scores are better, −1 otherwise. */
    ChangeFigures change(int sign) {
        if (n == 0) {
            return new ChangeFigures(0, null, null, null, null, null, null, ChangeFigures.FORMULA);
        }
        double meanBaseline = sumBaseline / n;
        double meanCurrent = sumCurrent / n;
        Double sdBaseline = n < 2 ? null : Math.sqrt(Math.max(0, (sumBaselineSquared - n * meanBaseline * meanBaseline) / (n - 1)));
        Double sdCurrent = n < 2 ? null : Math.sqrt(Math.max(0, (sumCurrentSquared - n * meanCurrent * meanCurrent) / (n - 1)));
        Double d = null;
        if (sdBaseline != null && sdCurrent != null) {
            double pooled = Math.sqrt((sdBaseline * sdBaseline + sdCurrent * sdCurrent) / 2);
            d = pooled == 0 ? null : sign * (meanCurrent - meanBaseline) / pooled;
        }
        return new ChangeFigures((int) n, meanBaseline, meanCurrent, meanCurrent - meanBaseline, sdBaseline, sdCurrent, d,
                ChangeFigures.FORMULA);
    }
}
