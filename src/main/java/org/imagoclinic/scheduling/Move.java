package org.imagoclinic.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where an appointment was and where it went: one entry of its move history (clinic wall-clock times). */
public record Move(LocalDateTime fromStart, LocalDateTime fromEnd, LocalDateTime toStart, LocalDateTime toEnd,
                   @Nullable UUID fromRoomId, @Nullable UUID toRoomId, @Nullable String reason, Instant movedAt,
                   String movedBy) {
}
