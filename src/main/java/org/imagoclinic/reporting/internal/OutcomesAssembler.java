package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.assessments.ReliableChange;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.NormsUsed;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.TherapistFigures;
import org.imagoclinic.reporting.internal.OutcomeQueries.EpisodeCounts;
import org.imagoclinic.reporting.internal.OutcomeQueries.OutcomeGroup;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts the outcomes report together from two grouped queries (episodes; couple outcomes by the two
 * partners' classes), for each therapist and for everyone in scope.
 */
@Component
class OutcomesAssembler {

    private static final String TOO_FEW = "TOO_FEW";
    private static final String NO_NORMS = "NO_NORMS";

    private final OutcomeQueries queries;
    private final StaffDirectory staff;
    private final Clock clock;

    OutcomesAssembler(OutcomeQueries queries, StaffDirectory staff, Clock clock) {
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
    }

    /** One therapist's (or everyone's) tallies. */
    private static final class Tally {
        int active;
        int started;
        final PartnerStats partners = new PartnerStats();
        final Map<String, Integer> couples = new HashMap<>();

        int couplesClassified() {
            return couples.entrySet().stream().filter(e -> !e.getKey().equals(NO_NORMS)).mapToInt(Map.Entry::getValue).sum();
        }

        int couplesImproved() {
            return couples.getOrDefault(CoupleOutcomeClass.BOTH_IMPROVED.name(), 0)
                    + couples.getOrDefault(CoupleOutcomeClass.ONE_IMPROVED.name(), 0);
        }

        void add(OutcomeGroup group) {
            partner(group.a(), group.couples(), group.sumsA());
            partner(group.b(), group.couples(), group.sumsB());
            if (!group.a().equals(TOO_FEW) && !group.b().equals(TOO_FEW)) {
                String pair = group.a().equals(NO_NORMS) || group.b().equals(NO_NORMS) ? NO_NORMS
                        : CoupleOutcomeClass.of(OutcomeClass.valueOf(group.a()), OutcomeClass.valueOf(group.b())).name();
                couples.merge(pair, group.couples(), Integer::sum);
            }
        }

        private void partner(String outcome, int count, double[] sums) {
            if (outcome.equals(TOO_FEW)) {
                return;
            }
            if (outcome.equals(NO_NORMS)) {
                partners.withoutNorms += count;
            } else {
                partners.classes.merge(OutcomeClass.valueOf(outcome), count, Integer::sum);
            }
            partners.n += count;
            partners.sumBaseline += sums[0];
            partners.sumCurrent += sums[1];
            partners.sumBaselineSquared += sums[2];
            partners.sumCurrentSquared += sums[3];
        }
    }

    OutcomesReport report(ReportFilter filter, EpisodeScope scope, Instrument instrument, boolean comparison) {
        List<EpisodeCounts> episodes = queries.episodes(filter, scope);
        Map<@Nullable UUID, Tally> tallies = new HashMap<>();
        Tally all = new Tally();
        Map<String, Integer> endedBy = new TreeMap<>();
        for (EpisodeCounts counts : episodes) {
            Tally tally = tallies.computeIfAbsent(counts.therapist(), id -> new Tally());
            tally.active += counts.active();
            tally.started += counts.started();
            all.active += counts.active();
            if (counts.ending() != null && counts.ended() > 0) {
                endedBy.merge(counts.ending(), counts.ended(), Integer::sum);
            }
        }
        for (OutcomeGroup group : queries.outcomes(filter, scope, instrument)) {
            tallies.computeIfAbsent(group.therapist(), id -> new Tally()).add(group);
            all.add(group);
        }
        int sign = instrument.higherIsBetter() ? 1 : -1;
        return new OutcomesReport(filter, LocalDate.now(clock), all.active,
                episodes.stream().mapToInt(EpisodeCounts::started).sum(),
                episodes.stream().mapToInt(EpisodeCounts::activeAtEnd).sum(),
                episodes.stream().mapToInt(EpisodeCounts::ended).sum(), endedBy, norms(instrument),
                partnerClasses(all), coupleClasses(all), all.partners.change(sign),
                comparison ? therapists(tallies, sign) : List.of(), false);
    }

    static NormsUsed norms(Instrument instrument) {
        var norms = instrument.norms();
        return new NormsUsed(instrument.code(), instrument.name(), instrument.higherIsBetter(), instrument.clinicalCutoff(),
                instrument.cutoffSource(), norms == null ? null : norms.sd(), norms == null ? null : norms.reliability(),
                norms == null ? null : norms.source(),
                norms == null ? null : ReliableChange.THRESHOLD * norms.standardErrorOfDifference(),
                norms == null ? null : norms.describe(), instrument.withoutNormsReason());
    }

    private static Classification partnerClasses(Tally tally) {
        int classified = tally.partners.classified();
        List<ClassCount> classes = Arrays.stream(OutcomeClass.values())
                .map(c -> count(c.name(), c.label(), tally.partners.classes.getOrDefault(c, 0), classified)).toList();
        return new Classification(classified, 2 * tally.active - (int) tally.partners.n, tally.partners.withoutNorms, classes);
    }

    private static Classification coupleClasses(Tally tally) {
        int classified = tally.couplesClassified();
        int withoutNorms = tally.couples.getOrDefault(NO_NORMS, 0);
        List<ClassCount> classes = Arrays.stream(CoupleOutcomeClass.values())
                .map(c -> count(c.name(), c.label(), tally.couples.getOrDefault(c.name(), 0), classified)).toList();
        return new Classification(classified, tally.active - classified - withoutNorms, withoutNorms, classes);
    }

    private static ClassCount count(String name, String label, int count, int classified) {
        return new ClassCount(name, label, count, classified == 0 ? 0.0 : (double) count / classified);
    }

    /** Every staff member's name by id, for the therapists' rows. */
    Map<UUID, String> staffNames() {
        Map<UUID, String> names = new HashMap<>();
        staff.find(StaffQuery.everyone(), 0, 10_000).forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }

    private List<TherapistFigures> therapists(Map<@Nullable UUID, Tally> tallies, int sign) {
        Map<UUID, String> names = staffNames();
        List<TherapistFigures> unranked = new ArrayList<>();
        tallies.forEach((therapist, tally) -> {
            if (therapist != null) {
                int classified = tally.couplesClassified();
                unranked.add(new TherapistFigures(therapist,
                        names.getOrDefault(therapist, "Not in the staff directory (" + therapist + ")"), tally.active, tally.started,
                        classified, classified == 0 ? null : (double) tally.couplesImproved() / classified,
                        (int) tally.partners.n, tally.partners.change(sign).meanChange(), null, ""));
            }
        });
        List<TherapistFigures> rankable = unranked.stream()
                .filter(t -> t.couplesClassified() >= TherapistFigures.MINIMUM_FOR_RANKING)
                .sorted(Comparator.comparing(TherapistFigures::shareCouplesImproved, Comparator.reverseOrder())
                        .thenComparing(TherapistFigures::name)).toList();
        List<TherapistFigures> ranked = new ArrayList<>();
        for (int i = 0; i < rankable.size(); i++) {
            TherapistFigures t = rankable.get(i);
            ranked.add(new TherapistFigures(t.therapistId(), t.name(), t.episodes(), t.started(), t.couplesClassified(),
                    t.shareCouplesImproved(), t.partnersMeasured(), t.meanChange(), i + 1,
                    "Ranked by share of couples improved"));
        }
        unranked.stream().filter(t -> t.couplesClassified() < TherapistFigures.MINIMUM_FOR_RANKING)
                .sorted(Comparator.comparing(TherapistFigures::name))
                .map(t -> new TherapistFigures(t.therapistId(), t.name(), t.episodes(), t.started(), t.couplesClassified(),
                        t.shareCouplesImproved(), t.partnersMeasured(), t.meanChange(), null,
                        "Not ranked: fewer than " + TherapistFigures.MINIMUM_FOR_RANKING + " couples classified"))
                .forEach(ranked::add);
        return ranked;
    }
}
