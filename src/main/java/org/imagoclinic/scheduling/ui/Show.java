package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.HoursRuleException;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/** What the scheduling views share: the clinic's 24-hour times, and the offer to book outside working hours on top of Feedback. */
final class Show {

    static final DateTimeFormatter TIME = org.imagoclinic.shared.ui.components.ClinicFormat.TIME.formatter();
    static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_WITH_WEEKDAY.formatter();

    private Show() {
    }

    static String span(Appointment appointment) {
        return TIME.format(appointment.start()) + "–" + TIME.format(appointment.end());
    }

    static String when(LocalDateTime start, LocalDateTime end) {
        return DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * Runs a service call; a refusal is shown next to its fields or as a message, in plain words.
     *
     * @return whether it succeeded
     */
    static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields) {
        return attempt(call, fields, null);
    }

    /**
     * As {@link #attempt(Runnable, Map)}, but a refusal only for working hours or time off that the user
     * may override goes to {@code overridable} (to offer "Book anyway" with a reason) instead of a message.
     */
    static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields,
                           @Nullable Consumer<HoursRuleException> overridable) {
        if (overridable == null) {
            return Feedback.attempt(call, fields);
        }
        List<HoursRuleException> mayOverride = new ArrayList<>(1);
        boolean done = Feedback.attempt(() -> {
            try {
                call.run();
            } catch (HoursRuleException hours) {
                if (!hours.mayOverride()) {
                    throw hours;
                }
                mayOverride.add(hours);
            }
        }, fields);
        if (!mayOverride.isEmpty()) {
            overridable.accept(mayOverride.getFirst());
            return false;
        }
        return done;
    }
}
