package org.imagoclinic.demo.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.OutboxDispatch;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Message consents as a front desk collects them at registration: in most couples both partners
 * take emails, in some one prefers text messages, and every twelfth couple has a partner who gets
 * messages only at a safe address of their own. Recorded before the first booking, so the outbox
 * fills with confirmations and reminders as the sessions are booked; for courses that began in the
 * last month, on the form signed at the course's start, so that their reminders go out through the
 * outbox as the generator's clock passes (every half hour, as the recurring task would) and the
 * Outbox page opens on a month of real history: sent, failed with the mail's refusal, suppressed by
 * the consent rules or a cancelled session.
 */
@Component
class MessagesStep implements DemoClinicStep {

    /** How far back the outbox shows history: the Outbox page's default period. */
    static final int OUTBOX_DAYS = 30;

    private final MessagePreferences preferences;
    private final OutboxDispatch dispatch;

    MessagesStep(MessagePreferences preferences, OutboxDispatch dispatch) {
        this.preferences = preferences;
        this.dispatch = dispatch;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void plan(DemoClinic clinic) {
        List<DemoStaffMember> desk = clinic.staffWith(Roles.FRONT_DESK);
        LocalDateTime outboxFrom = clinic.today().minusDays(OUTBOX_DAYS).atStartOfDay();
        List<DemoCouple> coursesStartingLately = new ArrayList<>();
        for (DemoCouple couple : clinic.couples()) {
            if (couple.number() % 4 == 3) {
                continue;
            }
            String frontDesk = desk.get(couple.number() % desk.size()).username();
            LocalDateTime courseStart = couple.activeFrom();
            if (courseStart != null && courseStart.isAfter(outboxFrom) && courseStart.isBefore(clinic.now())) {
                coursesStartingLately.add(couple);
                continue;
            }
            // registered in the last month: recorded once the intake is booked, so its reminders go too
            LocalDateTime recorded = couple.registeredAt()
                    .plusMinutes(couple.registeredAt().isAfter(outboxFrom) ? 25 : 10);
            clinic.at(recorded, frontDesk, "record the message consents of couple " + couple.number(),
                    () -> record(couple, SafeAddress.AS_USUAL));
        }
        coursesStartingLately.sort(Comparator.comparing(couple -> Objects.requireNonNull(couple.activeFrom())));
        for (int i = 0; i < coursesStartingLately.size(); i++) {
            planRecentCourse(clinic, coursesStartingLately.get(i), i == 0, desk.get(i % desk.size()).username());
        }
        if (!coursesStartingLately.isEmpty()) {
            planWithdrawal(clinic, coursesStartingLately.getLast(), desk.getFirst().username());
        }
        planDispatch(clinic, outboxFrom, desk.getFirst().username());
    }

    /**
     * A course that began in the last month: the consents come on the form signed at its start, after
     * its sessions were booked, so its reminders are planned then and go out as the month passes. In
     * the first such couple the front desk mistyped the safe address: its reminders fail until the
     * address is put right the day after the first session.
     */
    private void planRecentCourse(DemoClinic clinic, DemoCouple couple, boolean mistyped, String frontDesk) {
        LocalDateTime signed = Objects.requireNonNull(couple.activeFrom()).plusMinutes(15);
        clinic.at(signed, frontDesk, "record the message consents of couple " + couple.number(),
                () -> record(couple, mistyped ? SafeAddress.MISTYPED : SafeAddress.AS_USUAL));
        LocalDateTime afterFirstSession = couple.sessions().stream().map(DemoSession::end)
                .filter(end -> end.isAfter(signed)).findFirst().orElse(signed).plusDays(1).withHour(9).withMinute(40);
        if (mistyped && afterFirstSession.isBefore(clinic.now())) {
            clinic.at(afterFirstSession, frontDesk, "put right the safe address of couple " + couple.number(),
                    () -> record(couple, SafeAddress.PUT_RIGHT));
        }
    }

    /**
     * The day before the last session held so far, after its 48-hour reminder, a partner asks by phone
     * for no more messages: the 2-hour reminder is then held back by the consent rule.
     */
    private void planWithdrawal(DemoClinic clinic, DemoCouple couple, String frontDesk) {
        couple.sessions().stream().filter(DemoSession::held)
                .filter(session -> session.start().isAfter(Objects.requireNonNull(couple.activeFrom()).plusDays(3)))
                .reduce((earlier, later) -> later)
                .ifPresent(last -> clinic.at(last.start().minusDays(1).withHour(9).withMinute(40), frontDesk,
                        "record that a partner of couple " + couple.number() + " wants no more messages",
                        () -> preferences.record(couple.coupleId(), PartnerPreferences.none(couple.partnerAId()))));
    }

    /** The outbox sent as the recurring task would have sent it, every half hour of the working day. */
    private void planDispatch(DemoClinic clinic, LocalDateTime from, String frontDesk) {
        for (LocalDateTime at = from.withHour(8); at.isBefore(clinic.now()); at = at.plusMinutes(30)) {
            if (at.getHour() >= 8 && at.getHour() < 21) {
                clinic.at(at, frontDesk, "send the messages due", dispatch::sendDue);
            }
        }
    }

    /** Whether partner B gets messages only at a safe address, and whether it was typed right. */
    private enum SafeAddress { AS_USUAL, MISTYPED, PUT_RIGHT }

    private void record(DemoCouple couple, SafeAddress safe) {
        Channel preferredByA = couple.number() % 5 == 0 ? Channel.TEXT : Channel.EMAIL;
        preferences.record(couple.coupleId(), new PartnerPreferences(couple.partnerAId(), true,
                preferredByA == Channel.TEXT, preferredByA, false, null, null));
        boolean safeContact = couple.number() % 12 == 0 || safe != SafeAddress.AS_USUAL;
        // a comma for the first dot: the address form takes it, the mail library does not
        String safeAddress = safe == SafeAddress.MISTYPED ? safeAddressOf(couple).replaceFirst("\\.", ",")
                : safeAddressOf(couple);
        preferences.record(couple.coupleId(), new PartnerPreferences(couple.partnerBId(), true, false, Channel.EMAIL,
                safeContact, safeContact ? Channel.EMAIL : null, safeContact ? safeAddress : null));
    }

    /** A private address of the partner's own, e.g. "jordan.private.12@example.net". */
    private static String safeAddressOf(DemoCouple couple) {
        String name = couple.firstNameB().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return (name.isEmpty() ? "partner" : name) + ".private." + couple.number() + "@example.net";
    }
}
