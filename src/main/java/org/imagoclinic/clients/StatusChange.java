package org.imagoclinic.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Starting, pausing or resuming an episode of care.
 *
 * @param on the day it takes effect; today when null
 * @param reason why; required to pause, optional otherwise
 */
public record StatusChange(@Nullable LocalDate on, @Nullable String reason) {

    /** Today, for no particular reason. */
    public static StatusChange today() {
        return new StatusChange(null, null);
    }
}
