package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.billing.Money;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/** What the billing views share: amounts and days as the clinic writes them, and refusals in words. */
final class Shown {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Shown() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String money(Money amount) {
        return amount.amount().toPlainString();
    }

    static void done(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs a service call; a refusal is shown next to its field, or as a message.
     *
     * @return whether it succeeded
     */
    static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields) {
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
        } catch (BusinessRuleException | ConflictException | NotFoundException refused) {
            problem(refused.getMessage());
        } catch (AccessDeniedException refused) {
            problem(refused.getMessage() == null || refused.getMessage().startsWith("Access Denied")
                    ? "Your role does not allow this." : refused.getMessage());
        }
        return false;
    }
}
