package org.imagoclinic.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A recurring series: the first session and then every week or two, at the same wall-clock time
 * (a series at 10:00 stays at 10:00 across a change of daylight-saving time). Give exactly one end.
 *
 * @param occurrences how many sessions in all, the first included (1 to 52)
 * @param until the last day a session may fall on
 */
public record Recurrence(Frequency frequency, @Nullable Integer occurrences, @Nullable LocalDate until) {

    public static Recurrence weekly(int occurrences) {
        return new Recurrence(Frequency.WEEKLY, occurrences, null);
    }
}
