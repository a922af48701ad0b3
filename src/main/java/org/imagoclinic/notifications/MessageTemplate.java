package org.imagoclinic.notifications;

import java.util.List;
import java.util.stream.Stream;

/**
 * The clinic's wording of one kind of message, in plain text and HTML. Placeholders:
 * {@code {{name}}} (the partner greeted), {@code {{date}}}, {@code {{time}}}, {@code {{place}}},
 * {@code {{clinicName}}}, {@code {{clinicAddress}}}, {@code {{clinicPhone}}},
 * {@code {{cancellationPolicy}}}; the portal's messages also {@code {{link}}} and {@code {{validFor}}}; a
 * waitlist offer also {@code {{replyBy}}}; a questionnaire falling due {@code {{link}}} (the portal's
 * sign-in page) and no session's day or place; a monthly statement {@code {{month}}} and {@code {{amountDue}}};
 * an invoice to the third party who pays {@code {{invoiceNumber}}} and {@code {{amountDue}}}. Messages never carry clinical content, and no template
 * can name the other partner: there is no placeholder for it.
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
        PORTAL_SIGN_IN("Portal sign-in link"),
        /** A cancelled session's slot offered to a couple on the waitlist, to answer by {@code {{replyBy}}}. */
        WAITLIST_OFFER("Waitlist offer"),
        /** A measure fell due: "a short questionnaire", never the instrument's name. */
        MEASURE_DUE("Questionnaire due"),
        /**
         * A couple's monthly statement to a paying partner, the PDF attached (ADR 0047): {@code {{month}}} and
         * {@code {{amountDue}}}, no session; by email only.
         */
        STATEMENT("Monthly statement"),
        /**
         * An invoice of the couple's joint work to the third party who pays (ADR 0047), the PDF attached:
         * {@code {{invoiceNumber}}} and {@code {{amountDue}}}, no session; by email only, greeting the payer.
         */
        INVOICE("Invoice to the payer");

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

        /** Whether this message speaks of no session (no day, time or place). */
        public boolean withoutSession() {
            return portal() || this == MEASURE_DUE || this == STATEMENT || this == INVOICE;
        }

        /** The placeholders this kind of message can fill. */
        public List<String> placeholders() {
            List<String> common = List.of("name", "clinicName", "clinicAddress", "clinicPhone",
                    "cancellationPolicy");
            List<String> own = switch (this) {
                case PORTAL_INVITATION, PORTAL_SIGN_IN -> List.of("link", "validFor");
                case MEASURE_DUE -> List.of("link");
                case STATEMENT -> List.of("month", "amountDue");
                case INVOICE -> List.of("invoiceNumber", "amountDue");
                case WAITLIST_OFFER -> List.of("date", "time", "place", "replyBy");
                default -> List.of("date", "time", "place");
            };
            return Stream.concat(common.stream(), own.stream()).toList();
        }
    }
}
