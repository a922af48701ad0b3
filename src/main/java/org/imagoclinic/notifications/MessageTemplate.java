package org.imagoclinic.notifications;

/**
 * The clinic's wording of one kind of message, in plain text and HTML. Placeholders:
 * {@code {{name}}} (the partner greeted), {@code {{date}}}, {@code {{time}}}, {@code {{place}}},
 * {@code {{clinicName}}}, {@code {{clinicAddress}}}, {@code {{clinicPhone}}},
 * {@code {{cancellationPolicy}}}; the portal's messages also {@code {{link}}} and {@code {{validFor}}}. Messages never carry clinical content, and no template can name the
 * other partner: there is no placeholder for it.
 */
public record MessageTemplate(TemplateKind kind, String subject, String bodyText, String bodyHtml) {

    /** The kinds of message the clinic sends. */
    public enum TemplateKind {
        SESSION_BOOKED("Session booked"),
        SESSION_MOVED("Session moved"),
        SESSION_CANCELLED("Session cancelled"),
        REMINDER("Reminder"),
        /** The clinic invites a partner to the portal: {@code {{link}}} and {@code {{validFor}}} instead of a session. */
        PORTAL_INVITATION("Portal invitation"),
        /** A sign-in link the partner asked for on the portal's sign-in page. */
        PORTAL_SIGN_IN("Portal sign-in link");

        private final String label;

        TemplateKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether this message carries a one-time portal sign-in link rather than a session. */
        public boolean portal() {
            return this == PORTAL_INVITATION || this == PORTAL_SIGN_IN;
        }
    }
}
