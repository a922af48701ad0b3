package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;
import org.imagoclinic.clients.LifeStage;
import org.jspecify.annotations.Nullable;

/**
 * What a report covers. Every filter but the period may be left out (null: no restriction).
 *
 * @param from first day of the period, inclusive
 * @param to last day of the period, inclusive
 * @param therapistId only episodes this therapist is assigned to (primary or co-therapist)
 * @param supervisorId only the team of this supervisor: the supervisor and their current supervisees
 * @param concern only couples with this presenting-concern tag
 * @param lifeStage only couples who came at this life stage
 * @param instrument the outcome measure the outcome figures use, e.g. "CSI-16"
 */
public record ReportFilter(LocalDate from, LocalDate to, @Nullable UUID therapistId, @Nullable UUID supervisorId,
                           @Nullable String concern, @Nullable LifeStage lifeStage, String instrument) {

    /** The measure outcomes are reported on unless another is asked for. */
    public static final String DEFAULT_INSTRUMENT = "CSI-16";

    /** The year up to and including {@code today}, the whole clinic, CSI-16. */
    public static ReportFilter lastYear(LocalDate today) {
        return new ReportFilter(today.minusYears(1).plusDays(1), today, null, null, null, null, DEFAULT_INSTRUMENT);
    }

    /**
     * The day whose norms judge every partner in a report with this filter: the period's last day, or
     * today while the period runs on (ADR 0061). One set of norms per report keeps its classes comparable.
     */
    public LocalDate normsDay(LocalDate today) {
        return to.isBefore(today) ? to : today;
    }

    public ReportFilter withTherapist(@Nullable UUID therapist) {
        return new ReportFilter(from, to, therapist, supervisorId, concern, lifeStage, instrument);
    }

    /** The filters in plain words for the audit trail: staff by id, so that it names no person. */
    public String describe() {
        return describe(UUID::toString);
    }

    /** The filters in plain words for a reader, e.g. "therapist Dr Ann Lee", with staff named by {@code staffNames}. */
    public String describe(Function<UUID, String> staffNames) {
        List<String> parts = new ArrayList<>();
        parts.add("period " + from + " to " + to);
        parts.add(therapistId == null ? "all therapists" : "therapist " + staffNames.apply(therapistId));
        if (supervisorId != null) {
            parts.add("team of supervisor " + staffNames.apply(supervisorId));
        }
        parts.add(concern == null ? "any presenting concern" : "presenting concern " + concern);
        parts.add(lifeStage == null ? "any life stage" : "life stage " + lifeStage.label());
        parts.add("measure " + instrument);
        return String.join("; ", parts);
    }
}
