package org.imagoclinic.notifications;

/**
 * The clinic's wording of one kind of message, in plain text and HTML. Placeholders:
 * {@code {{name}}} (the partner greeted), {@code {{date}}}, {@code {{time}}}, {@code {{place}}},
 * {@code {{clinicName}}}, {@code {{clinicAddress}}}, {@code {{clinicPhone}}},
 * {@code {{cancellationPolicy}}}. Messages never carry clinical content, and no template can name the
 * other partner: there is no placeholder for it.
 */
public record MessageTemplate(TemplateKind kind, String subject, String bodyText, String bodyHtml) {

    /** The kinds of message the clinic sends. */
    public enum TemplateKind {
        SESSION_BOOKED("Session booked"),
        SESSION_MOVED("Session moved"),
        SESSION_CANCELLED("Session cancelled"),
        REMINDER("Reminder");

        private final String label;

        TemplateKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
