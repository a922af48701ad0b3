package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.HoursRuleException;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** What the scheduling views share: messages, the clinic's 24-hour times, and service refusals in words. */
final class Show {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private Show() {
    }

    static void done(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
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
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            call.run();
            return true;
        } catch (InvalidInputException invalid) {
            List<String> elsewhere = new ArrayList<>();
            invalid.fieldErrors().forEach((name, message) -> {
                HasValidation field = fields.get(name);
                if (field == null) {
                    elsewhere.add(message);
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
            if (!elsewhere.isEmpty()) {
                problem(String.join(" ", elsewhere));
            }
        } catch (HoursRuleException hours) {
            if (overridable != null && hours.mayOverride()) {
                overridable.accept(hours);
            } else {
                problem(hours.getMessage());
            }
        } catch (BusinessRuleException | ConflictException | NotFoundException refused) {
            problem(refused.getMessage());
        } catch (AccessDeniedException refused) {
            problem(refused.getMessage() == null || refused.getMessage().startsWith("Access Denied")
                    ? "Your role does not allow this." : refused.getMessage());
        }
        return false;
    }
}
