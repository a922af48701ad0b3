package org.imagoclinic.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A closure to add.
 *
 * @param name what it is called, e.g. "Christmas" (at most 100 characters)
 * @param firstDay the first day the clinic is closed: today or later, at most two years ahead
 * @param lastDay the last day closed; none for a single day
 */
public record NewClosureDay(@Nullable String name, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
}
