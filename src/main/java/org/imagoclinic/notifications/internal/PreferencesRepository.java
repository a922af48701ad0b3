package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.CONSENT_CHANGE;
import static org.imagoclinic.notifications.internal.db.Tables.PARTNER_PREFERENCES;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.PartnerPreferences;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Partners' message preferences and the history of their consents. */
@Repository
class PreferencesRepository {

    /** How a consent was given or withdrawn. */
    enum Source { FRONT_DESK, UNSUBSCRIBE_LINK, STOP_REPLY }

    private final DSLContext db;

    PreferencesRepository(DSLContext db) {
        this.db = db;
    }

    Optional<PartnerPreferences> find(UUID partnerId) {
        return db.selectFrom(PARTNER_PREFERENCES).where(PARTNER_PREFERENCES.PARTNER_ID.eq(partnerId))
                .fetchOptional(row -> new PartnerPreferences(row.getPartnerId(), row.getEmailConsent(),
                        row.getTextConsent(), Channel.valueOf(row.getPreferredChannel()), row.getSafeContactOnly(),
                        row.getSafeChannel() == null ? null : Channel.valueOf(row.getSafeChannel()),
                        row.getSafeAddress()));
    }

    /** Locks the partner's row (creating it), so that concurrent changes of consent are recorded one after the other. */
    PartnerPreferences lock(UUID partnerId, String by, Instant now) {
        db.insertInto(PARTNER_PREFERENCES).set(PARTNER_PREFERENCES.PARTNER_ID, partnerId)
                .set(PARTNER_PREFERENCES.CHANGED_BY, by).set(PARTNER_PREFERENCES.CHANGED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflict(PARTNER_PREFERENCES.PARTNER_ID).doNothing().execute();
        db.selectFrom(PARTNER_PREFERENCES).where(PARTNER_PREFERENCES.PARTNER_ID.eq(partnerId)).forUpdate().fetch();
        return find(partnerId).orElseThrow();
    }

    void save(PartnerPreferences preferences, String by, Instant now) {
        db.update(PARTNER_PREFERENCES)
                .set(PARTNER_PREFERENCES.EMAIL_CONSENT, preferences.emailConsent())
                .set(PARTNER_PREFERENCES.TEXT_CONSENT, preferences.textConsent())
                .set(PARTNER_PREFERENCES.PREFERRED_CHANNEL, preferences.preferredChannel().name())
                .set(PARTNER_PREFERENCES.SAFE_CONTACT_ONLY, preferences.safeContactOnly())
                .set(PARTNER_PREFERENCES.SAFE_CHANNEL, preferences.safeChannel() == null ? null : preferences.safeChannel().name())
                .set(PARTNER_PREFERENCES.SAFE_ADDRESS, preferences.safeAddress())
                .set(PARTNER_PREFERENCES.CHANGED_BY, by)
                .set(PARTNER_PREFERENCES.CHANGED_AT, now.atOffset(ZoneOffset.UTC))
                .where(PARTNER_PREFERENCES.PARTNER_ID.eq(preferences.partnerId()))
                .execute();
    }

    void recordConsent(UUID partnerId, Channel channel, boolean given, Source source, String by, Instant now) {
        db.insertInto(CONSENT_CHANGE).set(CONSENT_CHANGE.PARTNER_ID, partnerId).set(CONSENT_CHANGE.CHANNEL, channel.name())
                .set(CONSENT_CHANGE.GIVEN, given).set(CONSENT_CHANGE.SOURCE, source.name())
                .set(CONSENT_CHANGE.RECORDED_BY, by).set(CONSENT_CHANGE.RECORDED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
