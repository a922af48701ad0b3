package org.imagoclinic.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.reporting.ReportFilter;
import org.jspecify.annotations.Nullable;

/**
 * The WHERE clause (with its bind values) that picks the episode facts a report counts, aliased
 * {@code e}: the therapists in scope, the presenting concern, the life stage.
 */
record EpisodeScope(String where, List<Object> values) {

    static EpisodeScope of(ReportFilter filter, @Nullable Set<UUID> therapists) {
        StringBuilder where = new StringBuilder("true");
        List<Object> values = new ArrayList<>();
        if (therapists != null) {
            UUID[] ids = therapists.toArray(UUID[]::new);
            where.append(" and (e.primary_therapist_id = any(?) or e.co_therapist_id = any(?))");
            values.add(ids);
            values.add(ids);
        }
        if (filter.concern() != null) {
            where.append(" and e.concern_tags @> array[?]::text[]");
            values.add(filter.concern());
        }
        if (filter.lifeStage() != null) {
            where.append(" and e.life_stage = ?");
            values.add(filter.lifeStage().name());
        }
        return new EpisodeScope(where.toString(), List.copyOf(values));
    }

    /** Active at some time in the period. */
    EpisodeScope activeIn(ReportFilter filter) {
        List<Object> all = new ArrayList<>(values);
        all.add(filter.from());
        all.add(filter.to());
        return new EpisodeScope(where + " and daterange(e.opened_on, e.closed_on, '[]') && daterange(?, ?, '[]')", all);
    }

    Object[] bindThen(Object... after) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(List.of(after));
        return all.toArray();
    }

    Object[] bind(Object... before) {
        List<Object> all = new ArrayList<>(List.of(before));
        all.addAll(values);
        return all.toArray();
    }
}
