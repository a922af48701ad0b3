package org.imagoclinic.assessments.ui.imago;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Dates and times as the clinic reads them. */
final class Dates {

    private static final DateTimeFormatter DAY_TIME = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME.formatter();
    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private Dates() {
    }

    static String of(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    /** "20 Nov 2026"; empty for no day. */
    static String day(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
