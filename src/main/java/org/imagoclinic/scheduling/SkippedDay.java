package org.imagoclinic.scheduling;

import java.time.LocalDate;

/**
 * A day a series would have had a session on, left out because the clinic is closed.
 *
 * @param closure the closure's name, e.g. "Christmas"
 */
public record SkippedDay(LocalDate day, String closure) {
}
