package org.imagoclinic.scheduling.internal;

/**
 * A booking rule a plan breaks, in plain words.
 *
 * @param overridable true for working hours and time off, which the front desk may override with a reason
 */
record RuleProblem(String message, boolean overridable) {
}
