package org.imagoclinic.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outcome classes of partners (or of couples as pairs) in the episodes a report covers.
 *
 * @param classified how many had at least two measures (both partners, for a couple) and could be classified
 * @param tooFewMeasures how many had fewer than two measures (for a couple: either partner)
 * @param withoutNorms how many had enough measures but could not be classified because no norms are configured
 * @param classes one entry per class, in the class's order, shares of {@code classified}
 */
public record Classification(@Nullable Integer classified, @Nullable Integer tooFewMeasures, @Nullable Integer withoutNorms,
                             List<ClassCount> classes) {

    /** The count of one class; null when it is suppressed. */
    public @Nullable Integer count(String outcomeClass) {
        return classes.stream().filter(c -> c.outcomeClass().equals(outcomeClass)).findFirst().map(ClassCount::count).orElse(0);
    }
}
