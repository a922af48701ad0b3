package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A diagnosis to record. The code is ICD-10: a letter, two characters and optionally a dot with up to
 * four more ("Z63.0", "F43.23"); lower case and a missing dot are accepted ("z630" is Z63.0).
 *
 * @param since null for today
 */
public record NewDiagnosis(@Nullable UUID personId, @Nullable String code, @Nullable String description,
                           @Nullable LocalDate since) {
}
