package org.imagoclinic.clients.internal;

import static org.imagoclinic.clients.internal.db.Tables.CONSENT;
import static org.imagoclinic.clients.internal.db.Tables.COUPLE;
import static org.imagoclinic.clients.internal.db.Tables.EPISODE;
import static org.imagoclinic.clients.internal.db.Tables.INTAKE;
import static org.imagoclinic.clients.internal.db.Tables.PERSON;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility.CoupleAtAGlance;
import org.imagoclinic.clients.BookingEligibility.OpenEpisode;
import org.imagoclinic.clients.BookingEligibility.PartnerAtAGlance;
import org.imagoclinic.clients.CareStatus;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Consent;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.ConsentSignedAtHome;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.Intake;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.RelationshipStatus;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.internal.db.tables.Episode;
import org.imagoclinic.clients.internal.db.tables.Person;
import org.imagoclinic.clients.internal.db.tables.records.CoupleRecord;
import org.imagoclinic.clients.internal.db.tables.records.IntakeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Couples, their intake and consents, and the couples list, in schema {@code clients}. */
@Repository
class CoupleRepository {

    private static final Person A = PERSON.as("partner_a");
    private static final Person B = PERSON.as("partner_b");
    private static final Episode OPEN = EPISODE.as("open_episode");
    private static final Condition OPEN_EPISODE_OF_COUPLE = OPEN.COUPLE_ID.eq(COUPLE.ID).and(EpisodeRepository.isOpen(OPEN));

    private final DSLContext db;

    CoupleRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID partnerA, UUID partnerB, Relationship relationship, String registeredBy,
                OffsetDateTime now) {
        db.insertInto(COUPLE)
                .set(COUPLE.ID, id)
                .set(COUPLE.PARTNER_A_ID, partnerA)
                .set(COUPLE.PARTNER_B_ID, partnerB)
                .set(relationshipValues(relationship))
                .set(COUPLE.CONFIDENTIALITY_POLICY, relationship.confidentialityPolicy().name())
                .set(COUPLE.REGISTERED_AT, now)
                .set(COUPLE.REGISTERED_BY, registeredBy)
                .set(COUPLE.UPDATED_AT, now)
                .execute();
    }

    boolean exists(UUID id) {
        return db.fetchExists(COUPLE, COUPLE.ID.eq(id).and(COUPLE.DELETED_AT.isNull()));
    }

    /** The couple these two people form, in either order, if they are registered. */
    Optional<UUID> findByPartners(UUID personA, UUID personB) {
        return db.select(COUPLE.ID).from(COUPLE)
                .where(COUPLE.DELETED_AT.isNull())
                .and(COUPLE.PARTNER_A_ID.eq(personA).and(COUPLE.PARTNER_B_ID.eq(personB))
                        .or(COUPLE.PARTNER_A_ID.eq(personB).and(COUPLE.PARTNER_B_ID.eq(personA))))
                .fetchOptional(COUPLE.ID);
    }

    Optional<StoredCouple> find(UUID id) {
        return withPartners(db.select(COUPLE.fields()).select(A.fields()).select(B.fields()))
                .where(COUPLE.ID.eq(id).and(COUPLE.DELETED_AT.isNull()))
                .fetchOptional(CoupleRepository::toStored);
    }

    /** The registered couples among these ids, in one statement; ids of no (or a deleted) couple are left out. */
    List<StoredCouple> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withPartners(db.select(COUPLE.fields()).select(A.fields()).select(B.fields()))
                .where(COUPLE.ID.in(ids).and(COUPLE.DELETED_AT.isNull()))
                .fetch(CoupleRepository::toStored);
    }

    /** The couple with both partners and its open episode, as the booking rules need them, in one statement. */
    Optional<CoupleAtAGlance> atAGlance(UUID id) {
        return withPartners(db.select(COUPLE.fields()).select(A.fields()).select(B.fields())
                .select(OPEN.ID, OPEN.STATUS, OPEN.OPENED_ON, OPEN.PRIMARY_THERAPIST_ID, OPEN.CO_THERAPIST_ID))
                .leftJoin(OPEN).on(OPEN_EPISODE_OF_COUPLE)
                .where(COUPLE.ID.eq(id).and(COUPLE.DELETED_AT.isNull()))
                .fetchOptional(row -> {
                    StoredCouple couple = toStored(row);
                    Optional<OpenEpisode> open = row.get(OPEN.ID) == null ? Optional.empty()
                            : Optional.of(new OpenEpisode(row.get(OPEN.ID), EpisodeStatus.valueOf(row.get(OPEN.STATUS)),
                            row.get(OPEN.OPENED_ON), row.get(OPEN.PRIMARY_THERAPIST_ID), row.get(OPEN.CO_THERAPIST_ID)));
                    return new CoupleAtAGlance(couple.id(), couple.displayName(), glance(couple.partnerA()),
                            glance(couple.partnerB()), open, couple.screeningStatus().hold(), List.of());
                }).map(glance -> {
                    List<UUID> consenting = treatmentConsentInForce(id);
                    List<PartnerAtAGlance> without = java.util.stream.Stream.of(glance.partnerA(), glance.partnerB())
                            .filter(partner -> !consenting.contains(partner.personId())).toList();
                    return new CoupleAtAGlance(glance.coupleId(), glance.displayName(), glance.partnerA(),
                            glance.partnerB(), glance.openEpisode(), glance.screeningHold(), without);
                });
    }

    /** The partners whose newest treatment consent record says given. */
    private List<UUID> treatmentConsentInForce(UUID coupleId) {
        return db.select(CONSENT.PERSON_ID, CONSENT.GIVEN).distinctOn(CONSENT.PERSON_ID).from(CONSENT)
                .where(CONSENT.COUPLE_ID.eq(coupleId)).and(CONSENT.KIND.eq(ConsentKind.TREATMENT.name()))
                .orderBy(CONSENT.PERSON_ID, CONSENT.RECORDED_AT.desc(), CONSENT.ID.desc())
                .fetch().stream().filter(row -> row.get(CONSENT.GIVEN)).map(row -> row.get(CONSENT.PERSON_ID)).toList();
    }

    private static PartnerAtAGlance glance(Partner partner) {
        return new PartnerAtAGlance(partner.personId(), partner.displayName());
    }

    /** The columns a relationship's details fill, as registration and an update both write them. */
    private static CoupleRecord relationshipValues(Relationship relationship) {
        CoupleRecord values = new CoupleRecord();
        values.setRelationshipStatus(relationship.status().name());
        values.setTogetherSince(firstDayOf(relationship.togetherSince()));
        values.setTogetherSinceMonthKnown(relationship.togetherSince() == null || relationship.togetherSinceMonthKnown());
        values.setChildrenCount(relationship.childrenCount());
        values.setChildrenAges(relationship.childrenAges().toArray(Integer[]::new));
        values.setReferralSource(Text.clean(relationship.referralSource()));
        return values;
    }

    /** The relationship's details, all but the confidentiality policy (see {@link #changePolicy}). */
    void updateRelationship(UUID id, Relationship relationship, OffsetDateTime now) {
        db.update(COUPLE)
                .set(relationshipValues(relationship))
                .set(COUPLE.UPDATED_AT, now)
                .where(COUPLE.ID.eq(id))
                .execute();
    }

    /** The confidentiality policy from now on; only through {@code ConfidentialityPolicyService} (ADR 0028). */
    void changePolicy(UUID id, ConfidentialityPolicy policy, OffsetDateTime now) {
        db.update(COUPLE)
                .set(COUPLE.CONFIDENTIALITY_POLICY, policy.name())
                .set(COUPLE.UPDATED_AT, now)
                .where(COUPLE.ID.eq(id))
                .execute();
    }

    /** Locks the couple's row until the transaction ends, so that screening decisions queue up. */
    void lock(UUID id) {
        db.select(COUPLE.ID).from(COUPLE).where(COUPLE.ID.eq(id)).forUpdate().execute();
    }

    void setScreening(UUID id, ScreeningStatus status, Set<ScreeningFlag> flags) {
        db.update(COUPLE)
                .set(COUPLE.SCREENING_STATUS, status.name())
                .set(COUPLE.SCREENING_FLAGS, flags.stream().map(Enum::name).sorted().toArray(String[]::new))
                .where(COUPLE.ID.eq(id))
                .execute();
    }

    void saveIntake(UUID coupleId, IntakeDetails intake, String updatedBy, OffsetDateTime now) {
        IntakeRecord values = new IntakeRecord();
        values.setPresentingConcerns(Text.clean(intake.presentingConcerns()));
        values.setConcernTags(Text.tags(intake.concernTags()).toArray(String[]::new));
        values.setLifeStage(intake.lifeStage() == null ? null : intake.lifeStage().name());
        values.setLifeStageNote(Text.clean(intake.lifeStageNote()));
        values.setGoals(Text.clean(intake.goals()));
        values.setPriorTherapy(intake.priorTherapy());
        values.setPriorTherapyNotes(Text.clean(intake.priorTherapyNotes()));
        values.setUpdatedAt(now);
        values.setUpdatedBy(updatedBy);
        db.insertInto(INTAKE)
                .set(INTAKE.COUPLE_ID, coupleId)
                .set(values)
                .onConflict(INTAKE.COUPLE_ID).doUpdate()
                .set(values)
                .execute();
    }

    Optional<Intake> intake(UUID coupleId) {
        return db.selectFrom(INTAKE).where(INTAKE.COUPLE_ID.eq(coupleId)).fetchOptional(row -> new Intake(coupleId,
                new IntakeDetails(row.getPresentingConcerns(), Arrays.asList(row.getConcernTags()),
                        row.getLifeStage() == null ? null : LifeStage.valueOf(row.getLifeStage()),
                        row.getLifeStageNote(), row.getGoals(), row.getPriorTherapy(), row.getPriorTherapyNotes()),
                row.getUpdatedAt().toInstant(), row.getUpdatedBy()));
    }

    /** The consent a partner signed in the portal; false when this signature was recorded before. */
    boolean insertConsentSignedAtHome(ConsentSignedAtHome signed, LocalDate on, String recordedBy) {
        return db.insertInto(CONSENT)
                .set(CONSENT.ID, UUID.randomUUID())
                .set(CONSENT.COUPLE_ID, signed.coupleId())
                .set(CONSENT.PERSON_ID, signed.personId())
                .set(CONSENT.KIND, signed.kind().name())
                .set(CONSENT.GIVEN, true)
                .set(CONSENT.DECIDED_ON, on)
                .set(CONSENT.RECORDED_AT, signed.signedAt().atOffset(ZoneOffset.UTC))
                .set(CONSENT.RECORDED_BY, recordedBy)
                .set(CONSENT.PORTAL_SIGNATURE_ID, signed.signatureId())
                .onConflict(CONSENT.PORTAL_SIGNATURE_ID).where(CONSENT.PORTAL_SIGNATURE_ID.isNotNull()).doNothing()
                .execute() == 1;
    }

    void insertConsent(UUID coupleId, UUID personId, ConsentEntry consent, LocalDate on, RecordedBy by,
                       OffsetDateTime now) {
        db.insertInto(CONSENT)
                .set(CONSENT.ID, UUID.randomUUID())
                .set(CONSENT.COUPLE_ID, coupleId)
                .set(CONSENT.PERSON_ID, personId)
                .set(CONSENT.KIND, consent.kind().name())
                .set(CONSENT.GIVEN, consent.given())
                .set(CONSENT.DECIDED_ON, on)
                .set(CONSENT.RECORDED_AT, now)
                .set(CONSENT.RECORDED_BY_ACCOUNT, by.accountId())
                .set(CONSENT.RECORDED_BY, by.name())
                .execute();
    }

    /** Every consent of the couple, newest first. */
    List<Consent> consents(UUID coupleId) {
        return db.select(CONSENT.fields()).select(COUPLE.PARTNER_A_ID)
                .from(CONSENT).join(COUPLE).on(COUPLE.ID.eq(CONSENT.COUPLE_ID))
                .where(CONSENT.COUPLE_ID.eq(coupleId))
                .orderBy(CONSENT.RECORDED_AT.desc(), CONSENT.ID)
                .fetch(row -> new Consent(ConsentKind.valueOf(row.get(CONSENT.KIND)),
                        row.get(CONSENT.PERSON_ID).equals(row.get(COUPLE.PARTNER_A_ID)) ? PartnerSlot.A : PartnerSlot.B,
                        row.get(CONSENT.PERSON_ID), row.get(CONSENT.GIVEN), row.get(CONSENT.DECIDED_ON),
                        row.get(CONSENT.RECORDED_BY), row.get(CONSENT.RECORDED_AT).toInstant()));
    }

    /**
     * One page of the couples list.
     *
     * @param careTeamScope when not null, only couples whose open episode has one of these therapists
     */
    List<CoupleSummary> find(CoupleQuery query, @Nullable Collection<UUID> careTeamScope, int offset, int limit) {
        Field<String> latest = latestEpisodeStatus().as("latest_status");
        return withPartners(db.select(COUPLE.ID, COUPLE.REGISTERED_AT, COUPLE.SCREENING_STATUS,
                        A.FIRST_NAME, A.PREFERRED_NAME, A.LAST_NAME, B.FIRST_NAME, B.PREFERRED_NAME, B.LAST_NAME,
                        OPEN.PRIMARY_THERAPIST_ID, OPEN.CO_THERAPIST_ID, latest))
                .leftJoin(OPEN).on(OPEN_EPISODE_OF_COUPLE)
                .where(conditions(query, careTeamScope))
                .orderBy(DSL.lower(A.LAST_NAME), DSL.lower(B.LAST_NAME), COUPLE.REGISTERED_AT, COUPLE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(row -> toSummary(row, row.get(latest)));
    }

    int count(CoupleQuery query, @Nullable Collection<UUID> careTeamScope) {
        return withPartners(db.selectCount())
                .leftJoin(OPEN).on(OPEN_EPISODE_OF_COUPLE)
                .where(conditions(query, careTeamScope))
                .fetchSingle(0, int.class);
    }

    /** Staff ids of the therapists on any open episode. */
    List<UUID> therapistsWithCouples() {
        return db.select(EPISODE.PRIMARY_THERAPIST_ID).from(EPISODE)
                .where(EpisodeRepository.isOpen(EPISODE).and(EPISODE.PRIMARY_THERAPIST_ID.isNotNull()))
                .union(db.select(EPISODE.CO_THERAPIST_ID).from(EPISODE)
                        .where(EpisodeRepository.isOpen(EPISODE).and(EPISODE.CO_THERAPIST_ID.isNotNull())))
                .fetch(0, UUID.class);
    }

    private static <R extends Record> SelectOnConditionStep<R> withPartners(org.jooq.SelectSelectStep<R> select) {
        return select.from(COUPLE)
                .join(A).on(A.ID.eq(COUPLE.PARTNER_A_ID))
                .join(B).on(B.ID.eq(COUPLE.PARTNER_B_ID));
    }

    /** The status of the couple's newest episode, or null when it has none. */
    private static Field<String> latestEpisodeStatus() {
        return DSL.field(DSL.select(EPISODE.STATUS).from(EPISODE)
                .where(EPISODE.COUPLE_ID.eq(COUPLE.ID))
                .orderBy(EPISODE.OPENED_ON.desc(), EPISODE.CREATED_AT.desc())
                .limit(1));
    }

    private static Condition conditions(CoupleQuery query, @Nullable Collection<UUID> careTeamScope) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(COUPLE.DELETED_AT.isNull());
        String name = Text.clean(query.name());
        if (name != null) {
            conditions.add(nameMatches(A, name).or(nameMatches(B, name)));
        }
        if (query.therapistId() != null) {
            conditions.add(OPEN.PRIMARY_THERAPIST_ID.eq(query.therapistId())
                    .or(OPEN.CO_THERAPIST_ID.eq(query.therapistId())));
        }
        if (query.careStatus() != null) {
            Field<String> latest = latestEpisodeStatus();
            conditions.add(switch (query.careStatus()) {
                case REGISTERED -> latest.isNull();
                case ENDED -> latest.eq("CLOSED");
                default -> latest.eq(query.careStatus().name());
            });
        }
        if (query.screeningHold() != null) {
            conditions.add(COUPLE.SCREENING_STATUS.in(Arrays.stream(ScreeningStatus.values())
                    .filter(status -> status.hold() == query.screeningHold()).map(Enum::name).toList()));
        }
        if (query.flag() != null) {
            conditions.add(DSL.val(query.flag().name()).eq(DSL.any(COUPLE.SCREENING_FLAGS)));
        }
        if (careTeamScope != null) {
            conditions.add(careTeamScope.isEmpty() ? DSL.falseCondition()
                    : OPEN.PRIMARY_THERAPIST_ID.in(careTeamScope).or(OPEN.CO_THERAPIST_ID.in(careTeamScope)));
        }
        return DSL.and(conditions);
    }

    private static Condition nameMatches(Person partner, String name) {
        return partner.FIRST_NAME.concat(DSL.inline(" ")).concat(partner.LAST_NAME).containsIgnoreCase(name)
                .or(partner.PREFERRED_NAME.concat(DSL.inline(" ")).concat(partner.LAST_NAME).containsIgnoreCase(name));
    }

    private static CoupleSummary toSummary(Record row, @Nullable String latestStatus) {
        String calledA = DisplayNames.called(row.get(A.FIRST_NAME), row.get(A.PREFERRED_NAME));
        String calledB = DisplayNames.called(row.get(B.FIRST_NAME), row.get(B.PREFERRED_NAME));
        CareStatus care = latestStatus == null ? CareStatus.REGISTERED
                : "CLOSED".equals(latestStatus) ? CareStatus.ENDED : CareStatus.valueOf(latestStatus);
        return new CoupleSummary(row.get(COUPLE.ID),
                DisplayNames.of(calledA, row.get(A.LAST_NAME), calledB, row.get(B.LAST_NAME)),
                calledA + " " + row.get(A.LAST_NAME) + " and " + calledB + " " + row.get(B.LAST_NAME), care,
                row.get(OPEN.PRIMARY_THERAPIST_ID), row.get(OPEN.CO_THERAPIST_ID),
                ScreeningStatus.valueOf(row.get(COUPLE.SCREENING_STATUS)).hold(),
                row.get(COUPLE.REGISTERED_AT).toInstant());
    }

    private static StoredCouple toStored(Record row) {
        Partner partnerA = new Partner(row.get(COUPLE.PARTNER_A_ID), PartnerSlot.A, PersonRepository.toDetails(row, A));
        Partner partnerB = new Partner(row.get(COUPLE.PARTNER_B_ID), PartnerSlot.B, PersonRepository.toDetails(row, B));
        LocalDate since = row.get(COUPLE.TOGETHER_SINCE);
        Relationship relationship = new Relationship(RelationshipStatus.valueOf(row.get(COUPLE.RELATIONSHIP_STATUS)),
                since == null ? null : YearMonth.from(since), row.get(COUPLE.CHILDREN_COUNT),
                Arrays.asList(row.get(COUPLE.CHILDREN_AGES)), row.get(COUPLE.REFERRAL_SOURCE),
                ConfidentialityPolicy.valueOf(row.get(COUPLE.CONFIDENTIALITY_POLICY)),
                row.get(COUPLE.TOGETHER_SINCE_MONTH_KNOWN));
        return new StoredCouple(row.get(COUPLE.ID), partnerA, partnerB, relationship,
                ScreeningStatus.valueOf(row.get(COUPLE.SCREENING_STATUS)), row.get(COUPLE.REGISTERED_AT).toInstant(),
                row.get(COUPLE.REGISTERED_BY));
    }

    private static @Nullable LocalDate firstDayOf(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1);
    }
}
