package org.imagoclinic.reporting.internal;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.internal.db.tables.CoupleOutcome;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.jooq.Condition;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * Which episodes a report counts: the therapists in scope, the presenting concern, the life stage,
 * and (after {@link #activeIn}) those active at some time in the period. {@link #on} gives the
 * condition on any rows that carry an episode's filter columns.
 */
record EpisodeScope(UUID @Nullable [] therapists, @Nullable String concern, @Nullable String lifeStage,
                    @Nullable LocalDate activeFrom, @Nullable LocalDate activeTo) {

    /** The columns a scope filters on; the period's only where the rows are episodes. */
    record Columns(Field<UUID> primaryTherapist, Field<UUID> coTherapist, Field<String[]> concernTags,
                   Field<String> lifeStage, @Nullable Field<LocalDate> openedOn, @Nullable Field<LocalDate> closedOn) {

        static Columns of(EpisodeFact e) {
            return new Columns(e.PRIMARY_THERAPIST_ID, e.CO_THERAPIST_ID, e.CONCERN_TAGS, e.LIFE_STAGE, e.OPENED_ON,
                    e.CLOSED_ON);
        }

        static Columns of(CoupleOutcome e) {
            return new Columns(e.PRIMARY_THERAPIST_ID, e.CO_THERAPIST_ID, e.CONCERN_TAGS, e.LIFE_STAGE, e.OPENED_ON,
                    e.CLOSED_ON);
        }
    }

    static EpisodeScope of(ReportFilter filter, @Nullable Set<UUID> therapists) {
        return new EpisodeScope(therapists == null ? null : therapists.toArray(UUID[]::new), filter.concern(),
                filter.lifeStage() == null ? null : filter.lifeStage().name(), null, null);
    }

    /** Active at some time in the period. */
    EpisodeScope activeIn(ReportFilter filter) {
        return new EpisodeScope(therapists, concern, lifeStage, filter.from(), filter.to());
    }

    Condition on(Columns e) {
        Condition where = noCondition();
        if (therapists != null) {
            where = where.and(e.primaryTherapist().eq(any(therapists)).or(e.coTherapist().eq(any(therapists))));
        }
        if (concern != null) {
            where = where.and(e.concernTags().contains(new String[] {concern}));
        }
        if (lifeStage != null) {
            where = where.and(e.lifeStage().eq(lifeStage));
        }
        if (activeFrom != null && activeTo != null) {
            // the expression of the GiST indexes on episode_fact and couple_outcome; jOOQ has no daterange
            where = where.and(condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')",
                    Objects.requireNonNull(e.openedOn(), "a period needs the episodes' days"),
                    Objects.requireNonNull(e.closedOn(), "a period needs the episodes' days"), val(activeFrom), val(activeTo)));
        }
        return where;
    }
}
