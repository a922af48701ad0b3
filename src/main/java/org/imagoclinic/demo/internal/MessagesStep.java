package org.imagoclinic.demo.internal;

import java.util.List;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Message consents as a front desk collects them at registration: in most couples both partners
 * take emails, in some one prefers text messages, and every twelfth couple has a partner who gets
 * messages only at a safe address of their own. Recorded before the first booking, so the outbox
 * fills with confirmations and reminders as the sessions are booked.
 */
@Component
class MessagesStep implements DemoClinicStep {

    private final MessagePreferences preferences;

    MessagesStep(MessagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void plan(DemoClinic clinic) {
        List<DemoStaffMember> desk = clinic.staffWith(Roles.FRONT_DESK);
        for (DemoCouple couple : clinic.couples()) {
            if (couple.number() % 4 == 3) {
                continue;
            }
            String frontDesk = desk.get(couple.number() % desk.size()).username();
            clinic.at(couple.registeredAt().plusMinutes(10), frontDesk,
                    "record the message consents of couple " + couple.number(), () -> record(couple));
        }
    }

    private void record(DemoCouple couple) {
        Channel preferredByA = couple.number() % 5 == 0 ? Channel.TEXT : Channel.EMAIL;
        preferences.record(couple.coupleId(), new PartnerPreferences(couple.partnerAId(), true,
                preferredByA == Channel.TEXT, preferredByA, false, null, null));
        boolean safeContact = couple.number() % 12 == 0;
        preferences.record(couple.coupleId(), new PartnerPreferences(couple.partnerBId(), true, false, Channel.EMAIL,
                safeContact, safeContact ? Channel.EMAIL : null,
                safeContact ? safeAddressOf(couple) : null));
    }

    /** A private address of the partner's own, e.g. "jordan.private.12@example.net". */
    private static String safeAddressOf(DemoCouple couple) {
        String name = couple.firstNameB().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return (name.isEmpty() ? "partner" : name) + ".private." + couple.number() + "@example.net";
    }
}
