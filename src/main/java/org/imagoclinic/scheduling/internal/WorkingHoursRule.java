package org.imagoclinic.scheduling.internal;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.TimeOff;

/**
 * A session must lie inside one block of the therapist's usual week, on the day it starts, and
 * outside their time off. All in the clinic's wall-clock time.
 */
final class WorkingHoursRule {

    private WorkingHoursRule() {
    }

    /** What is wrong with this time for this therapist, in plain words; empty when nothing is. */
    static Optional<String> problem(String therapistName, List<HoursBlock> hours, List<TimeOff> timeOff,
                                    LocalDateTime start, LocalDateTime end, boolean withDay) {
        String when = withDay ? " (" + ClinicTime.DAY.format(start) + ")" : "";
        for (TimeOff away : timeOff) {
            if (away.from().isBefore(end) && start.isBefore(away.to())) {
                return Optional.of(therapistName + " is away then" + when + ": " + away.reason() + ", "
                        + ClinicTime.DAY.format(away.from()) + " " + ClinicTime.TIME.format(away.from()) + " to "
                        + ClinicTime.DAY.format(away.to()) + " " + ClinicTime.TIME.format(away.to()) + ".");
            }
        }
        List<HoursBlock> thatDay = hours.stream().filter(block -> block.day() == start.getDayOfWeek()).toList();
        String day = start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        if (thatDay.isEmpty()) {
            return Optional.of(therapistName + " doesn't work on " + day + "s" + when + ".");
        }
        for (HoursBlock block : thatDay) {
            boolean startsInside = !start.toLocalTime().isBefore(block.from());
            boolean endsInside = end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().isAfter(block.to());
            if (startsInside && endsInside) {
                return Optional.empty();
            }
        }
        String blocks = String.join(", ", thatDay.stream()
                .map(block -> ClinicTime.TIME.format(block.from()) + "–" + ClinicTime.TIME.format(block.to())).toList());
        return Optional.of(therapistName + " works " + blocks + " on " + day + "s" + when + ": "
                + ClinicTime.TIME.format(start) + "–" + ClinicTime.TIME.format(end) + " is outside those hours.");
    }
}
