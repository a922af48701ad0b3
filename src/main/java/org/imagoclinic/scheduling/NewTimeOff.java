package org.imagoclinic.scheduling;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Time off to record, e.g. from 2026-04-06T00:00 to 2026-04-11T00:00, "Conference". */
public record NewTimeOff(@Nullable LocalDateTime from, @Nullable LocalDateTime to, @Nullable String reason) {
}
