package org.imagoclinic.records;

import org.jspecify.annotations.Nullable;

/** An administrator's reason to keep a couple's record past its retention, e.g. a legal hold. */
public record DisposalHold(@Nullable String reason) {
}
