package org.imagoclinic.reporting;

/**
 * How many partners or couples fell in one outcome class.
 *
 * @param outcomeClass the class's name, e.g. "RECOVERED" or "BOTH_IMPROVED"
 * @param label in plain words
 * @param share of those classified, 0 to 1; 0 when none were classified
 */
public record ClassCount(String outcomeClass, String label, int count, double share) {
}
