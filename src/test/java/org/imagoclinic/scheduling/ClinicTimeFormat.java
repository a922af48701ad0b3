package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as the scheduling messages write them, e.g. "Mon 2 Mar". */
final class ClinicTimeFormat {

    private ClinicTimeFormat() {
    }

    static String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).format(day);
    }
}
