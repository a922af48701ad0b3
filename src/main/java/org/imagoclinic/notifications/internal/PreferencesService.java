package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each partner's message preferences; see {@link MessagePreferences}. */
@Service
class PreferencesService implements MessagePreferences {

    static final String SUBJECT = "MessagePreferences";

    private final PreferencesRepository repository;
    private final MessageContacts contacts;
    private final ObjectProvider<MessagePlanner> planner;
    private final Appointments appointments;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PreferencesService(PreferencesRepository repository, MessageContacts contacts, ObjectProvider<MessagePlanner> planner,
                       Appointments appointments, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.contacts = contacts;
        this.planner = planner;
        this.appointments = appointments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(NotificationsAccess.STAFF)
    public PartnerPreferences of(UUID partnerId) {
        return repository.find(partnerId).orElseGet(() -> PartnerPreferences.none(partnerId));
    }

    @Override
    @Transactional
    @PreAuthorize(NotificationsAccess.DESK)
    public PartnerPreferences record(UUID coupleId, PartnerPreferences preferences) {
        MessageContacts.CoupleContacts couple = contacts.contactsOf(coupleId)
                .orElseThrow(() -> new NotFoundException("No couple with this id."));
        if (couple.partner(preferences.partnerId()).isEmpty()) {
            throw new InvalidInputException("partnerId", "This person is not one of the couple's partners.");
        }
        validate(preferences);
        String by = currentUser.require().displayName();
        PartnerPreferences before = repository.lock(preferences.partnerId(), by, clock.instant());
        PartnerPreferences cleaned = preferences.safeContactOnly() ? preferences
                : new PartnerPreferences(preferences.partnerId(), preferences.emailConsent(), preferences.textConsent(),
                preferences.preferredChannel(), false, null, null);
        repository.save(cleaned, by, clock.instant());
        for (Channel channel : Channel.values()) {
            if (before.consentsTo(channel) != cleaned.consentsTo(channel)) {
                repository.recordConsent(cleaned.partnerId(), channel, cleaned.consentsTo(channel),
                        PreferencesRepository.Source.FRONT_DESK, by, clock.instant());
            }
        }
        if (!before.emailConsent() && !before.textConsent() && (cleaned.emailConsent() || cleaned.textConsent())) {
            planner.getObject().remindersOfSessionsToCome(coupleId, cleaned.partnerId(), appointments.upcomingOf(coupleId));
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, cleaned.partnerId().toString(), coupleId,
                AuditOutcome.ALLOWED, "email " + onOff(cleaned.emailConsent()) + ", text " + onOff(cleaned.textConsent())
                + ", preferred " + cleaned.preferredChannel().label() + (cleaned.safeContactOnly() ? ", safe contact only" : "")));
        return cleaned;
    }

    /** A partner's own opt-out (unsubscribe link, STOP): recorded without anyone signed in. */
    @Transactional
    void optOut(UUID partnerId, Channel channel, PreferencesRepository.Source source) {
        PartnerPreferences before = repository.lock(partnerId, "the partner", clock.instant());
        if (!before.consentsTo(channel)) {
            return;
        }
        PartnerPreferences after = new PartnerPreferences(partnerId,
                channel != Channel.EMAIL && before.emailConsent(), channel != Channel.TEXT && before.textConsent(),
                before.preferredChannel(), before.safeContactOnly(), before.safeChannel(), before.safeAddress());
        repository.save(after, "the partner", clock.instant());
        repository.recordConsent(partnerId, channel, false, source, "the partner", clock.instant());
    }

    /** The preferences that apply, for background work with nobody signed in. */
    @Transactional(readOnly = true)
    PartnerPreferences current(UUID partnerId) {
        return repository.find(partnerId).orElseGet(() -> PartnerPreferences.none(partnerId));
    }

    private static void validate(PartnerPreferences preferences) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (preferences.safeContactOnly()) {
            if (preferences.safeChannel() == null) {
                problems.put("safeChannel", "Choose the channel this partner gave as safe.");
            }
            if (preferences.safeAddress() == null || preferences.safeAddress().isBlank()) {
                problems.put("safeAddress", "Enter the address or number this partner gave as safe.");
            } else if (preferences.safeChannel() != null) {
                ContactAddresses.problem(preferences.safeChannel(), preferences.safeAddress())
                        .ifPresent(problem -> problems.put("safeAddress", problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String onOff(boolean consent) {
        return consent ? "consented" : "no consent";
    }
}
