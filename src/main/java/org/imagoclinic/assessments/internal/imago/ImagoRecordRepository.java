package org.imagoclinic.assessments.internal.imago;

import static org.imagoclinic.assessments.internal.db.Tables.IMAGO_RECORD;
import static org.imagoclinic.assessments.internal.db.Tables.REQUEST_FOLLOW_UP;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.RequestFollowUp;
import org.imagoclinic.assessments.TemperatureReading;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.assessments.internal.db.tables.records.ImagoRecordRecord;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imago records in one table: indexed columns for what lists filter on, the kind's fields as JSONB.
 * Public for the course plan (ADR 0038), which draws its goals from these records.
 */
@Repository
public class ImagoRecordRepository {

    private static final Map<ImagoRecordKind, Class<? extends ImagoContent>> TYPES = Map.of(
            ImagoRecordKind.IMAGO_PROFILE, ImagoProfile.class,
            ImagoRecordKind.WOUND_EXPLORATION, WoundExploration.class,
            ImagoRecordKind.DIALOGUE, Dialogue.class,
            ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST, BehaviourChangeRequest.class,
            ImagoRecordKind.POSITIVE_TRAITS, PositiveTraits.class,
            ImagoRecordKind.CARING_BEHAVIOURS, CaringBehaviours.class,
            ImagoRecordKind.APPRECIATIONS, Appreciations.class,
            ImagoRecordKind.RELATIONSHIP_VISION, RelationshipVision.class,
            ImagoRecordKind.EXITS, Exits.class,
            ImagoRecordKind.TEMPERATURE_READING, TemperatureReading.class);

    private final DSLContext db;
    private final JsonMapper json;

    ImagoRecordRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    void insert(ImagoRecord record) {
        db.insertInto(IMAGO_RECORD)
                .set(IMAGO_RECORD.ID, record.id())
                .set(IMAGO_RECORD.KIND, record.kind().name())
                .set(IMAGO_RECORD.COUPLE_ID, record.coupleId())
                .set(IMAGO_RECORD.EPISODE_ID, record.episodeId())
                .set(IMAGO_RECORD.PARTNER_ID, record.partnerId())
                .set(IMAGO_RECORD.APPOINTMENT_ID, record.appointmentId())
                .set(IMAGO_RECORD.RECORDED_ON, record.recordedOn())
                .set(IMAGO_RECORD.AUTHOR_ID, record.authorId())
                .set(IMAGO_RECORD.AUTHOR_NAME, record.authorName())
                .set(IMAGO_RECORD.RECORDED_AT, record.recordedAt().atOffset(ZoneOffset.UTC))
                .set(IMAGO_RECORD.SUPERSEDES, record.supersedes())
                .set(IMAGO_RECORD.WRITTEN_UNDER, record.writtenUnder().name())
                .set(IMAGO_RECORD.PAYLOAD, JSONB.valueOf(json.writeValueAsString(record.content())))
                .execute();
    }

    /** Replaces the content of a record that is not a versioned document (a BCR's chosen request). */
    void replaceContent(UUID id, ImagoContent content) {
        db.update(IMAGO_RECORD).set(IMAGO_RECORD.PAYLOAD, JSONB.valueOf(json.writeValueAsString(content)))
                .where(IMAGO_RECORD.ID.eq(id)).execute();
    }

    /** The current version of a versioned kind for one partner (or the couple when partner is null), locked. */
    Optional<UUID> currentVersionForUpdate(UUID coupleId, ImagoRecordKind kind, @Nullable UUID partnerId) {
        return db.select(IMAGO_RECORD.ID).from(IMAGO_RECORD)
                .where(IMAGO_RECORD.COUPLE_ID.eq(coupleId), IMAGO_RECORD.KIND.eq(kind.name()),
                        partnerId == null ? IMAGO_RECORD.PARTNER_ID.isNull() : IMAGO_RECORD.PARTNER_ID.eq(partnerId),
                        notSuperseded())
                .forUpdate()
                .fetchOptional(IMAGO_RECORD.ID);
    }

    /** One of the couple's records, any version. No access check: the caller has made it. */
    public Optional<ImagoRecord> find(UUID coupleId, UUID id) {
        return select(IMAGO_RECORD.ID.eq(id).and(IMAGO_RECORD.COUPLE_ID.eq(coupleId))).stream().findFirst();
    }

    /** The couple's records, newest first, optionally of one kind and/or one partner only. No access check. */
    public List<ImagoRecord> list(UUID coupleId, @Nullable ImagoRecordKind kind, @Nullable UUID partnerId) {
        Condition condition = IMAGO_RECORD.COUPLE_ID.eq(coupleId);
        if (kind != null) {
            condition = condition.and(IMAGO_RECORD.KIND.eq(kind.name()));
        }
        if (partnerId != null) {
            condition = condition.and(IMAGO_RECORD.PARTNER_ID.eq(partnerId));
        }
        return select(condition);
    }

    private List<ImagoRecord> select(Condition condition) {
        Field<Boolean> current = DSL.field(notSuperseded()).as("current");
        return db.select(IMAGO_RECORD.asterisk(), current).from(IMAGO_RECORD).where(condition)
                .orderBy(IMAGO_RECORD.RECORDED_ON.desc(), IMAGO_RECORD.RECORDED_AT.desc())
                .fetch(row -> toRecord(row, row.get(current)));
    }

    private static Condition notSuperseded() {
        org.imagoclinic.assessments.internal.db.tables.ImagoRecord later = IMAGO_RECORD.as("later");
        return DSL.notExists(DSL.selectOne().from(later).where(later.SUPERSEDES.eq(IMAGO_RECORD.ID)));
    }

    private ImagoRecord toRecord(Record row, boolean current) {
        ImagoRecordRecord stored = row.into(IMAGO_RECORD);
        ImagoRecordKind kind = ImagoRecordKind.valueOf(stored.getKind());
        ImagoContent content = json.readValue(stored.getPayload().data(), TYPES.get(kind));
        return new ImagoRecord(stored.getId(), kind, stored.getCoupleId(), stored.getEpisodeId(), stored.getPartnerId(),
                stored.getAppointmentId(), stored.getRecordedOn(), stored.getAuthorId(), stored.getAuthorName(),
                stored.getRecordedAt().toInstant(), stored.getSupersedes(), current, content,
                ConfidentialityPolicy.valueOf(stored.getWrittenUnder()));
    }

    /** The behaviour change requests of these couples, newest first. */
    List<ImagoRecord> requestsOf(Collection<UUID> coupleIds) {
        return coupleIds.isEmpty() ? List.of() : select(IMAGO_RECORD.COUPLE_ID.in(coupleIds)
                .and(IMAGO_RECORD.KIND.eq(ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST.name())));
    }

    /** The day of each request's latest follow-up, for the requests that have one. */
    Map<UUID, LocalDate> latestFollowUps(Collection<UUID> requestIds) {
        return requestIds.isEmpty() ? Map.of() : db.select(REQUEST_FOLLOW_UP.REQUEST_ID, DSL.max(REQUEST_FOLLOW_UP.FOLLOWED_UP_ON))
                .from(REQUEST_FOLLOW_UP).where(REQUEST_FOLLOW_UP.REQUEST_ID.in(requestIds))
                .groupBy(REQUEST_FOLLOW_UP.REQUEST_ID)
                .fetchMap(Record2::value1, Record2::value2);
    }

    void insertFollowUp(RequestFollowUp followUp, UUID recordedById) {
        db.insertInto(REQUEST_FOLLOW_UP)
                .set(REQUEST_FOLLOW_UP.ID, followUp.id())
                .set(REQUEST_FOLLOW_UP.REQUEST_ID, followUp.requestId())
                .set(REQUEST_FOLLOW_UP.OUTCOME, followUp.outcome().name())
                .set(REQUEST_FOLLOW_UP.FOLLOWED_UP_ON, followUp.followedUpOn())
                .set(REQUEST_FOLLOW_UP.NOTE, followUp.note())
                .set(REQUEST_FOLLOW_UP.RECORDED_BY_ID, recordedById)
                .set(REQUEST_FOLLOW_UP.RECORDED_BY_NAME, followUp.recordedBy())
                .set(REQUEST_FOLLOW_UP.RECORDED_AT, followUp.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    List<RequestFollowUp> followUpsOf(UUID requestId) {
        return db.selectFrom(REQUEST_FOLLOW_UP).where(REQUEST_FOLLOW_UP.REQUEST_ID.eq(requestId))
                .orderBy(REQUEST_FOLLOW_UP.FOLLOWED_UP_ON, REQUEST_FOLLOW_UP.RECORDED_AT)
                .fetch(row -> new RequestFollowUp(row.getId(), row.getRequestId(), FollowUpOutcome.valueOf(row.getOutcome()),
                        row.getFollowedUpOn(), row.getNote(), row.getRecordedByName(), row.getRecordedAt().toInstant()));
    }
}
