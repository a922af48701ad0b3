package org.imagoclinic.clients;

import java.util.List;
import java.util.UUID;

/**
 * Registering couples and looking them up. The couple is the client: two partners, each a person
 * the clinic identifies once, even across several couples over the years.
 *
 * <p>Who may do what (ADR 0012): anyone signed in sees the couples list and a couple's names,
 * contacts, consents and episodes; the front desk, therapists and supervisors register couples and
 * change these details (audited). The intake details are clinical content: only the couple's care
 * team reads or changes them, through the care-team rule, and every read is audited.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} with a plain-words message
 * per field ({@code partnerA.email}, {@code partnerB}, {@code relationship.togetherSince}, …);
 * {@link PossibleDuplicatePerson} when a new partner looks like a known person;
 * {@link org.imagoclinic.shared.ConflictException} when the two people are already registered as a
 * couple; {@link org.imagoclinic.shared.NotFoundException} for an unknown couple;
 * {@link org.springframework.security.access.AccessDeniedException} when the role or the care-team
 * rule does not allow it.
 */
public interface Couples {

    /**
     * Registers a couple with its intake details and consents; with a primary therapist it also opens
     * the first episode of care, and with a screen it records it (only a clinician on the new care
     * team may). Publishes {@link CoupleRegistered} (and {@link EpisodeOpened}, {@link TherapistAssigned},
     * {@link ScreeningFlagRaised} where they apply). All or nothing.
     */
    Couple register(CoupleRegistration registration);

    /**
     * Replaces the partners' details and the relationship; audited. The front desk may for any couple,
     * a clinician only for a couple in their care (the care-team rule, as for the intake).
     */
    Couple update(UUID coupleId, CoupleUpdate update);

    /** Records consents given or withdrawn, each with its day and who recorded it; audited; who may as for {@link #update}. */
    Couple recordConsents(UUID coupleId, List<ConsentEntry> consents);

    /** A couple with its partners, consents and episodes; no clinical content. */
    Couple get(UUID coupleId);

    /** One page of the couples list, ordered by the partners' last names. */
    List<CoupleSummary> find(CoupleQuery query, int offset, int limit);

    /** How many couples match. */
    int count(CoupleQuery query);

    /** The staff ids of the therapists on any open episode, e.g. for a filter. */
    List<UUID> therapistsWithCouples();

    /** The intake details (clinical): the care team only; the read is audited. */
    Intake intakeOf(UUID coupleId);

    /** Replaces the intake details (clinical): the care team only; audited. */
    Intake updateIntake(UUID coupleId, IntakeDetails details);

    /**
     * Known people who may be this partner (same date of birth, and the same name or email address),
     * for the confirm step of registration. Empty when the details are too incomplete to tell.
     */
    List<PersonMatch> matchingPersons(PartnerDetails details);
}
