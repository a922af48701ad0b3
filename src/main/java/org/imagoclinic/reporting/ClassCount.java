package org.imagoclinic.reporting;

import org.jspecify.annotations.Nullable;

/**
 * How many partners or couples fell in one outcome class.
 *
 * @param outcomeClass the class's name, e.g. "RECOVERED" or "BOTH_IMPROVED"
 * @param label in plain words
 * @param count null when suppressed ({@link SmallCounts})
 * @param share of those classified, 0 to 1; 0 when none were classified; null when suppressed
 */
public record ClassCount(String outcomeClass, String label, @Nullable Integer count, @Nullable Double share) {
}
