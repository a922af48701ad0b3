package org.imagoclinic.assessments.internal.plan;

import static org.imagoclinic.assessments.internal.db.Tables.COURSE_PLAN;
import static org.imagoclinic.assessments.internal.db.Tables.COURSE_PLAN_REVIEW;
import static org.imagoclinic.assessments.internal.db.Tables.COURSE_PLAN_VERSION;
import static org.imagoclinic.assessments.internal.db.Tables.EPISODE_TRACKING;
import static org.imagoclinic.assessments.internal.db.Tables.MEASURE_DUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.MeasureOccasion;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Course plans: one per episode, each save a new version (goals and outcome targets as JSONB that
 * Java validated), reviews with their progress per goal; and the measure reviews that fell due in the
 * episode, which the plan's reviews fall on.
 */
@Repository
class CoursePlanStore {

    /** What one version of a plan says. */
    record Content(List<CoursePlan.Goal> goals, CoursePlan.OutcomeTargets targets) {
    }

    /** The current version of a plan. */
    record Stored(UUID id, UUID coupleId, UUID episodeId, int version, Content content, String savedBy,
                  Instant savedAt) {
    }

    /** What a review says besides its columns. */
    record ReviewContent(List<CoursePlan.Progress> progress, @Nullable String note) {
    }

    private final DSLContext db;
    private final JsonMapper json;

    CoursePlanStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The plan's id for the episode, created when it has none; locked until the transaction ends. */
    UUID lockPlanOf(UUID coupleId, UUID episodeId, Instant now) {
        db.insertInto(COURSE_PLAN)
                .set(COURSE_PLAN.ID, UUID.randomUUID())
                .set(COURSE_PLAN.COUPLE_ID, coupleId)
                .set(COURSE_PLAN.EPISODE_ID, episodeId)
                .set(COURSE_PLAN.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        return db.select(COURSE_PLAN.ID).from(COURSE_PLAN).where(COURSE_PLAN.EPISODE_ID.eq(episodeId))
                .forUpdate().fetchSingle(COURSE_PLAN.ID);
    }

    void addVersion(UUID planId, int version, Content content, UUID savedById, String savedByName, Instant at) {
        db.insertInto(COURSE_PLAN_VERSION)
                .set(COURSE_PLAN_VERSION.PLAN_ID, planId)
                .set(COURSE_PLAN_VERSION.VERSION, version)
                .set(COURSE_PLAN_VERSION.PAYLOAD, JSONB.valueOf(json.writeValueAsString(content)))
                .set(COURSE_PLAN_VERSION.SAVED_BY_ID, savedById)
                .set(COURSE_PLAN_VERSION.SAVED_BY_NAME, savedByName)
                .set(COURSE_PLAN_VERSION.SAVED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The current version of the episode's plan, if it was ever saved. */
    Optional<Stored> ofEpisode(UUID episodeId) {
        return current(COURSE_PLAN.EPISODE_ID.eq(episodeId)).stream().findFirst();
    }

    /** The current version of the plan of the couple's newest episode that has one. */
    Optional<Stored> newestOf(UUID coupleId) {
        return current(COURSE_PLAN.COUPLE_ID.eq(coupleId)).stream().findFirst();
    }

    /** The current versions of the plans whose episode the measure schedule does not know as closed. */
    List<Stored> inOpenEpisodes() {
        return current(DSL.notExists(DSL.selectOne().from(EPISODE_TRACKING)
                .where(EPISODE_TRACKING.EPISODE_ID.eq(COURSE_PLAN.EPISODE_ID), EPISODE_TRACKING.CLOSED_ON.isNotNull())));
    }

    private List<Stored> current(Condition condition) {
        var later = COURSE_PLAN_VERSION.as("later");
        return db.select(COURSE_PLAN.ID, COURSE_PLAN.COUPLE_ID, COURSE_PLAN.EPISODE_ID, COURSE_PLAN_VERSION.VERSION,
                        COURSE_PLAN_VERSION.PAYLOAD, COURSE_PLAN_VERSION.SAVED_BY_NAME, COURSE_PLAN_VERSION.SAVED_AT)
                .from(COURSE_PLAN).join(COURSE_PLAN_VERSION).on(COURSE_PLAN_VERSION.PLAN_ID.eq(COURSE_PLAN.ID))
                .where(condition, DSL.notExists(DSL.selectOne().from(later)
                        .where(later.PLAN_ID.eq(COURSE_PLAN.ID), later.VERSION.gt(COURSE_PLAN_VERSION.VERSION))))
                .orderBy(COURSE_PLAN.CREATED_AT.desc())
                .fetch(this::toStored);
    }

    private Stored toStored(Record row) {
        return new Stored(row.get(COURSE_PLAN.ID), row.get(COURSE_PLAN.COUPLE_ID), row.get(COURSE_PLAN.EPISODE_ID),
                row.get(COURSE_PLAN_VERSION.VERSION), json.readValue(row.get(COURSE_PLAN_VERSION.PAYLOAD).data(), Content.class),
                row.get(COURSE_PLAN_VERSION.SAVED_BY_NAME), row.get(COURSE_PLAN_VERSION.SAVED_AT).toInstant());
    }

    void addReview(UUID planId, CoursePlan.Review review, UUID reviewedById) {
        db.insertInto(COURSE_PLAN_REVIEW)
                .set(COURSE_PLAN_REVIEW.ID, review.id())
                .set(COURSE_PLAN_REVIEW.PLAN_ID, planId)
                .set(COURSE_PLAN_REVIEW.REVIEWED_ON, review.reviewedOn())
                .set(COURSE_PLAN_REVIEW.AFTER_SESSIONS, review.afterSessions())
                .set(COURSE_PLAN_REVIEW.PAYLOAD, JSONB.valueOf(json.writeValueAsString(
                        new ReviewContent(review.progress(), review.note()))))
                .set(COURSE_PLAN_REVIEW.REVIEWED_BY_ID, reviewedById)
                .set(COURSE_PLAN_REVIEW.REVIEWED_BY_NAME, review.reviewedBy())
                .set(COURSE_PLAN_REVIEW.RECORDED_AT, review.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The plan's reviews, newest first. */
    List<CoursePlan.Review> reviewsOf(UUID planId) {
        return db.selectFrom(COURSE_PLAN_REVIEW).where(COURSE_PLAN_REVIEW.PLAN_ID.eq(planId))
                .orderBy(COURSE_PLAN_REVIEW.REVIEWED_ON.desc(), COURSE_PLAN_REVIEW.RECORDED_AT.desc())
                .fetch(row -> {
                    ReviewContent content = json.readValue(row.getPayload().data(), ReviewContent.class);
                    return new CoursePlan.Review(row.getId(), row.getReviewedOn(), row.getAfterSessions(),
                            content.progress(), content.note(), row.getReviewedByName(), row.getRecordedAt().toInstant());
                });
    }

    /** The days measure reviews fell due in the episode, with after how many joint sessions, oldest first. */
    List<MeasureReview> measureReviews(UUID episodeId) {
        return db.select(MEASURE_DUE.DUE_FROM, MEASURE_DUE.AFTER_SESSIONS).from(MEASURE_DUE)
                .where(MEASURE_DUE.EPISODE_ID.eq(episodeId), MEASURE_DUE.OCCASION.eq(MeasureOccasion.REVIEW.name()))
                .orderBy(MEASURE_DUE.DUE_FROM, MEASURE_DUE.AFTER_SESSIONS)
                .fetch(row -> new MeasureReview(row.value1(), row.value2()));
    }

    /** A measure review that fell due on a day, after this many completed joint sessions. */
    record MeasureReview(LocalDate dueFrom, int afterSessions) {
    }
}
