package org.imagoclinic.assessments.ui.imago;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as the clinic reads them. */
final class Dates {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK);

    private Dates() {
    }

    static String of(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }
}
