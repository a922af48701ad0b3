package org.imagoclinic.clients.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.Consent;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Intake;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningStatus;
import org.jspecify.annotations.Nullable;

/** Couples, their intake and consents, and the couples list, in schema {@code clients}. */
interface CoupleRepository {

    void insert(UUID id, UUID partnerA, UUID partnerB, Relationship relationship, String registeredBy,
                OffsetDateTime now);

    boolean exists(UUID id);

    /** The couple these two people form, in either order, if they are registered. */
    Optional<UUID> findByPartners(UUID personA, UUID personB);

    Optional<StoredCouple> find(UUID id);

    /** The registered couples among these ids, in one statement; ids of no (or a deleted) couple are left out. */
    List<StoredCouple> findAll(Collection<UUID> ids);

    /** The couple with both partners and its open episode, as the booking rules need them, in one statement. */
    Optional<BookingEligibility.CoupleAtAGlance> atAGlance(UUID id);

    /** The relationship's details, all but the confidentiality policy (see {@link #changePolicy}). */
    void updateRelationship(UUID id, Relationship relationship, OffsetDateTime now);

    /** The confidentiality policy from now on; only through {@code ConfidentialityPolicyService} (ADR 0028). */
    void changePolicy(UUID id, ConfidentialityPolicy policy, OffsetDateTime now);

    /** Locks the couple's row until the transaction ends, so that screening decisions queue up. */
    void lock(UUID id);

    void setScreening(UUID id, ScreeningStatus status, Set<ScreeningFlag> flags);

    void saveIntake(UUID coupleId, IntakeDetails intake, String updatedBy, OffsetDateTime now);

    Optional<Intake> intake(UUID coupleId);

    void insertConsent(UUID coupleId, UUID personId, ConsentEntry consent, LocalDate on, RecordedBy by,
                       OffsetDateTime now);

    /** Every consent of the couple, newest first. */
    List<Consent> consents(UUID coupleId);

    /**
     * One page of the couples list.
     *
     * @param careTeamScope when not null, only couples whose open episode has one of these therapists
     */
    List<CoupleSummary> find(CoupleQuery query, @Nullable Collection<UUID> careTeamScope, int offset, int limit);

    int count(CoupleQuery query, @Nullable Collection<UUID> careTeamScope);

    /** Staff ids of the therapists on any open episode. */
    List<UUID> therapistsWithCouples();
}
