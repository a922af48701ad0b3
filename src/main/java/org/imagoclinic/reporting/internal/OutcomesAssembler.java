package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.NormsUsed;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.TherapistFigures;
import org.imagoclinic.reporting.internal.OutcomeQueries.CoupleCounts;
import org.imagoclinic.reporting.internal.OutcomeQueries.EpisodeCounts;
import org.imagoclinic.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Puts the outcomes report together from the grouped query results, per therapist and for everyone in scope. */
@Component
class OutcomesAssembler {

    private final OutcomeQueries queries;
    private final StaffDirectory staff;
    private final Clock clock;

    OutcomesAssembler(OutcomeQueries queries, StaffDirectory staff, Clock clock) {
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
    }

    OutcomesReport report(ReportFilter filter, EpisodeScope scope, Instrument instrument, boolean comparison) {
        Map<@Nullable UUID, EpisodeCounts> episodes = queries.episodes(filter, scope);
        Map<@Nullable UUID, PartnerStats> partners = queries.partners(filter, scope, instrument);
        Map<@Nullable UUID, CoupleCounts> couples = queries.couples(filter, scope, instrument);
        int active = episodes.values().stream().mapToInt(EpisodeCounts::active).sum();
        PartnerStats allPartners = new PartnerStats();
        partners.values().forEach(allPartners::add);
        CoupleCounts allCouples = new CoupleCounts(new java.util.HashMap<>());
        couples.values().forEach(c -> c.counts().forEach((k, v) -> allCouples.counts().merge(k, v, Integer::sum)));
        int sign = instrument.higherIsBetter() ? 1 : -1;
        return new OutcomesReport(filter, LocalDate.now(clock),
                episodes.values().stream().mapToInt(EpisodeCounts::started).sum(),
                episodes.values().stream().mapToInt(EpisodeCounts::activeAtEnd).sum(),
                episodes.values().stream().mapToInt(EpisodeCounts::ended).sum(),
                queries.endings(filter, scope), norms(instrument),
                partnerClasses(allPartners, 2 * active), coupleClasses(allCouples), allPartners.change(sign),
                comparison ? therapists(episodes, partners, couples, sign) : List.of());
    }

    static NormsUsed norms(Instrument instrument) {
        var norms = instrument.norms();
        return new NormsUsed(instrument.code(), instrument.name(), instrument.higherIsBetter(), instrument.clinicalCutoff(),
                instrument.cutoffSource(), norms == null ? null : norms.sd(), norms == null ? null : norms.reliability(),
                norms == null ? null : norms.source(),
                norms == null ? null : org.imagoclinic.assessments.ReliableChange.THRESHOLD * norms.standardErrorOfDifference());
    }

    private static Classification partnerClasses(PartnerStats stats, int partnersInScope) {
        int classified = stats.classified();
        List<ClassCount> classes = Arrays.stream(OutcomeClass.values())
                .map(c -> count(c.name(), c.label(), stats.classes.getOrDefault(c, 0), classified)).toList();
        return new Classification(classified, partnersInScope - (int) stats.n, stats.withoutNorms, classes);
    }

    private static Classification coupleClasses(CoupleCounts counts) {
        int classified = counts.classified();
        List<ClassCount> classes = Arrays.stream(CoupleOutcomeClass.values())
                .map(c -> count(c.name(), c.label(), counts.counts().getOrDefault(c.name(), 0), classified)).toList();
        return new Classification(classified, counts.counts().getOrDefault("TOO_FEW", 0),
                counts.counts().getOrDefault("NO_NORMS", 0), classes);
    }

    private static ClassCount count(String name, String label, int count, int classified) {
        return new ClassCount(name, label, count, classified == 0 ? 0 : (double) count / classified);
    }

    private List<TherapistFigures> therapists(Map<@Nullable UUID, EpisodeCounts> episodes,
                                              Map<@Nullable UUID, PartnerStats> partners,
                                              Map<@Nullable UUID, CoupleCounts> couples, int sign) {
        List<TherapistFigures> unranked = new ArrayList<>();
        for (var entry : episodes.entrySet()) {
            UUID therapist = entry.getKey();
            if (therapist == null) {
                continue;
            }
            CoupleCounts pairs = couples.getOrDefault(therapist, new CoupleCounts(Map.of()));
            PartnerStats stats = partners.getOrDefault(therapist, new PartnerStats());
            int classified = pairs.classified();
            unranked.add(new TherapistFigures(therapist, staff.get(therapist).displayName(), entry.getValue().active(),
                    classified, classified == 0 ? null : (double) pairs.improved() / classified, (int) stats.n,
                    stats.change(sign).meanChange(), null, ""));
        }
        List<TherapistFigures> rankable = unranked.stream()
                .filter(t -> t.couplesClassified() >= TherapistFigures.MINIMUM_FOR_RANKING)
                .sorted(Comparator.comparing(TherapistFigures::shareCouplesImproved, Comparator.reverseOrder())
                        .thenComparing(TherapistFigures::name)).toList();
        List<TherapistFigures> ranked = new ArrayList<>();
        for (int i = 0; i < rankable.size(); i++) {
            TherapistFigures t = rankable.get(i);
            ranked.add(new TherapistFigures(t.therapistId(), t.name(), t.episodes(), t.couplesClassified(),
                    t.shareCouplesImproved(), t.partnersMeasured(), t.meanChange(), i + 1, "Ranked by share of couples improved"));
        }
        unranked.stream().filter(t -> t.couplesClassified() < TherapistFigures.MINIMUM_FOR_RANKING)
                .sorted(Comparator.comparing(TherapistFigures::name))
                .map(t -> new TherapistFigures(t.therapistId(), t.name(), t.episodes(), t.couplesClassified(),
                        t.shareCouplesImproved(), t.partnersMeasured(), t.meanChange(), null,
                        "Not ranked: fewer than " + TherapistFigures.MINIMUM_FOR_RANKING + " couples classified"))
                .forEach(ranked::add);
        return ranked;
    }
}
