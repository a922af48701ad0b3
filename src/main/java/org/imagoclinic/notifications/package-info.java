/**
 * Every message the clinic sends to clients (ADR 0033). Owns schema {@code notifications}: each
 * partner's message preferences (consent per channel, preferred channel, safe contact), the
 * templates the clinic edits, the outbox with every message's delivery, and the timed work that
 * sends what is due (db-scheduler, on PostgreSQL).
 *
 * <p>Its API: {@link org.imagoclinic.notifications.Outbox} (what was sent, to whom, why not),
 * {@link org.imagoclinic.notifications.MessagePreferences} (each partner's channels and consents),
 * {@link org.imagoclinic.notifications.MessageTemplates} (the clinic's wording and contact details) and
 * {@link org.imagoclinic.notifications.OutboxDispatch} (send what is due now, for a caller that keeps
 * time itself, such as the demo clinic replaying its past month; ADR 0046).
 * It publishes {@code MessageSent} and {@code MessageFailed}.
 *
 * <p>It listens to scheduling's session events (booked, moved, cancelled) and waitlist offers, and to
 * assessments' measures falling due (ADR 0046), and mails billing's monthly statements to the partners
 * who pay, the PDF attached, and statements and invoices to a third party who pays at its own address,
 * as messages to no partner (ADR 0047); it asks scheduling where
 * a session is ({@code SessionPlaces}) and clients how to reach the partners ({@code MessageContacts});
 * it adds an Outbox page to the shell and a Messages tab to the couple page. It tells the portal each
 * partner's safe contact ({@code portal.SafeContacts}, ADR 0055). Other modules never
 * send mail themselves.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "shared :: components",
        "shared :: home", "security", "audit", "clients", "clients :: couple-tabs", "scheduling", "portal",
        "assessments", "billing"})
@NullMarked
package org.imagoclinic.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
