package org.imagoclinic.shared.ui.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a form says after a service call: a short success message, or the refusal in the service's
 * own words, next to its field when the form has that field, else as a message.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void problem(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs a service call; a refusal is shown next to its field (by the field's name in the
     * service's errors), or as a message.
     *
     * @return whether it succeeded
     */
    public static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields) {
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
            problem(Objects.requireNonNullElse(refused.getMessage(), "This was refused."));
        } catch (AccessDeniedException refused) {
            problem(refused.getMessage() == null || refused.getMessage().startsWith("Access Denied")
                    ? "Your role does not allow this." : refused.getMessage());
        }
        return false;
    }
}
