package org.imagoclinic.clients;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A couple as anyone who works with it may see it: the partners, the relationship, consents and
 * episodes of care. No clinical content: the intake details and the screen are read separately,
 * by the care team only ({@link Couples#intakeOf}, {@link Screenings#historyOf}).
 *
 * @param displayName short name for lists and the calendar, e.g. "Smith &amp; Jones"
 * @param consents every consent recorded, newest first; see {@link #consentInForce}
 * @param episodes every episode of care, newest first
 * @param screeningHold what the suitability screen means for booking, without saying why
 * @param registeredBy the name of whoever registered the couple
 */
public record Couple(UUID id, String displayName, Partner partnerA, Partner partnerB, Relationship relationship,
                     List<Consent> consents, List<Episode> episodes, ScreeningHold screeningHold,
                     Instant registeredAt, String registeredBy) {

    public Partner partner(PartnerSlot slot) {
        return slot == PartnerSlot.A ? partnerA : partnerB;
    }

    /** The open episode of care, if there is one (never more than one). */
    public Optional<Episode> openEpisode() {
        return episodes.stream().filter(episode -> episode.status().open()).findFirst();
    }

    /** The newest record of one partner's consent of one kind. */
    public Optional<Consent> consentInForce(ConsentKind kind, PartnerSlot slot) {
        return consents.stream()
                .filter(consent -> consent.kind() == kind && consent.partner() == slot)
                .max(Comparator.comparing(Consent::recordedAt));
    }

    /** Whether both partners have given this consent and not withdrawn it. */
    public boolean bothConsentTo(ConsentKind kind) {
        return consentInForce(kind, PartnerSlot.A).map(Consent::given).orElse(false)
                && consentInForce(kind, PartnerSlot.B).map(Consent::given).orElse(false);
    }
}
