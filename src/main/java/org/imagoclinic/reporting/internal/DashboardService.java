package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.reporting.ControlLimits;
import org.imagoclinic.reporting.CouplesBehind;
import org.imagoclinic.reporting.DashboardFigure;
import org.imagoclinic.reporting.OutcomesDashboard;
import org.imagoclinic.reporting.OutcomesDashboards;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.ShareInterval;
import org.imagoclinic.reporting.TherapistOutcomes;
import org.imagoclinic.reporting.internal.ReportAccess.Figures;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ExplainedRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outcomes dashboard and the couples behind its figures (ADR 0039). */
@Service
class DashboardService implements OutcomesDashboards {

    private final ReportAccess access;
    private final DashboardQueries queries;
    private final OutcomesAssembler outcomes;
    private final MeasureCatalogue catalogue;
    private final CurrentUser currentUser;
    private final ClinicalAccess clinicalAccess;
    private final Couples couples;
    private final AuditTrail audit;
    private final Clock clock;
    private final int dropOutThreshold;
    private final SmallCountSuppression suppression;

    DashboardService(ReportAccess access, DashboardQueries queries, OutcomesAssembler outcomes, MeasureCatalogue catalogue,
                     CurrentUser currentUser, ClinicalAccess clinicalAccess, Couples couples, AuditTrail audit, Clock clock,
                     @Value("${imago.reporting.drop-out-before-sessions:6}") int dropOutThreshold,
                     SmallCountSuppression suppression) {
        this.suppression = suppression;
        this.access = access;
        this.queries = queries;
        this.outcomes = outcomes;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clinicalAccess = clinicalAccess;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
        this.dropOutThreshold = dropOutThreshold;
    }

    @Override
    @Transactional(readOnly = true)
    public OutcomesDashboard dashboard(ReportFilter asked) {
        ReportFilter filter = access.effective(asked);
        Scoped scoped = scoped(filter, true);
        List<EpisodeLine> lines = scoped.lines();
        TherapistOutcomes clinic = row(null, "Clinic", lines, filter, null);
        Map<UUID, List<EpisodeLine>> byTherapist = new LinkedHashMap<>();
        lines.stream().filter(line -> line.therapist() != null)
                .forEach(line -> byTherapist.computeIfAbsent(Objects.requireNonNull(line.therapist()), id -> new ArrayList<>())
                        .add(line));
        Map<UUID, String> names = byTherapist.isEmpty() ? Map.of() : outcomes.staffNames();
        List<TherapistOutcomes> therapists = byTherapist.entrySet().stream()
                .map(entry -> row(entry.getKey(), names.getOrDefault(entry.getKey(),
                        "Not in the staff directory (" + entry.getKey() + ")"), entry.getValue(), filter, clinic))
                .sorted(Comparator.comparing(TherapistOutcomes::name)).toList();
        OutcomesDashboard dashboard = new OutcomesDashboard(filter, LocalDate.now(clock),
                OutcomesAssembler.norms(scoped.instrument()), clinic, therapists, dropOutThreshold, clinician(), false);
        return access.exactCounts() ? dashboard : suppression.dashboard(dashboard);
    }

    @Override
    @Transactional
    public CouplesBehind couplesBehind(ReportFilter asked, @Nullable UUID therapistId, DashboardFigure figure) {
        ReportFilter filter = access.effective(asked);
        if (!clinician()) {
            throw new ExplainedRefusal("The couples behind a figure are named: only therapists and supervisors may list "
                    + "them, each the couples in their care team.");
        }
        List<EpisodeLine> row = scoped(filter, false).lines().stream()
                .filter(line -> therapistId == null || therapistId.equals(line.therapist())).toList();
        ShareInterval share = share(row, figure, filter);
        List<CouplesBehind.Line> listed = new ArrayList<>();
        int notListed = 0;
        for (EpisodeLine line : EpisodeLine.behind(row, figure, filter, dropOutThreshold)) {
            if (!clinicalAccess.may(RecordKind.OUTCOME_DETAIL, line.coupleId())) {
                notListed++;
                continue;
            }
            var contribution = line.toward(figure, filter, dropOutThreshold);
            listed.add(new CouplesBehind.Line(line.coupleId(), couples.get(line.coupleId()).displayName(), line.openedOn(),
                    line.closedOn(), contribution.counted(), contribution.of(), contribution.detail()));
        }
        audit.record(AuditRecord.allowed(AuditAction.VIEW, "OutcomesDrillDown", figure.name())
                .because(filter.describe() + "; row " + (therapistId == null ? "clinic" : "therapist " + therapistId) + "; "
                        + listed.size() + " couples listed by name, " + notListed + " outside the care team"));
        return new CouplesBehind(filter, therapistId, figure, share, listed, notListed);
    }

    /** The filter's instrument and the episodes in scope. */
    private record Scoped(Instrument instrument, List<EpisodeLine> lines) {
    }

    /**
     * Checks the filter, refuses anyone but supervisors and administrators when {@code lead} (the dashboard compares
     * therapists), and reads the episodes in scope: a therapist's own caseload only.
     */
    private Scoped scoped(ReportFilter filter, boolean lead) {
        ReportAccess.Scope scope = access.scope(filter, Figures.OUTCOMES);
        if (lead && !access.lead()) {
            throw new ExplainedRefusal("The outcomes dashboard compares therapists: supervisors and administrators see it. "
                    + "Your own figures are in the outcomes report.");
        }
        Instrument instrument = catalogue.find(filter.instrument(), filter.normsDay(LocalDate.now(clock))).orElseThrow();
        return new Scoped(instrument, queries.episodes(filter, EpisodeScope.of(filter, scope.therapists()), instrument));
    }

    private TherapistOutcomes row(@Nullable UUID therapist, String name, List<EpisodeLine> lines, ReportFilter filter,
                                  @Nullable TherapistOutcomes clinic) {
        ShareInterval partners = share(lines, DashboardFigure.PARTNERS_IMPROVED, filter);
        ShareInterval pairs = share(lines, DashboardFigure.COUPLES_IMPROVED, filter);
        return new TherapistOutcomes(therapist, name, lines.size(), partners, pairs,
                share(lines, DashboardFigure.PARTNERS_DETERIORATED, filter), share(lines, DashboardFigure.DROP_OUT, filter),
                share(lines, DashboardFigure.ATTENDANCE, filter),
                clinic == null ? null : funnel(clinic.partnersImproved(), partners.n()),
                clinic == null ? null : funnel(clinic.couplesImproved(), pairs.n()));
    }

    private ShareInterval share(List<EpisodeLine> lines, DashboardFigure figure, ReportFilter filter) {
        int counted = 0;
        int of = 0;
        for (EpisodeLine line : lines) {
            var contribution = line.toward(figure, filter, dropOutThreshold);
            counted += contribution.counted();
            of += contribution.of();
        }
        return ShareInterval.wilson(counted, of);
    }

    private static @Nullable ControlLimits funnel(ShareInterval clinic, int n) {
        return clinic.share() == null || n == 0 ? null : ControlLimits.around(clinic.share(), n);
    }

    private boolean clinician() {
        var user = currentUser.require();
        return user.hasRole(Roles.THERAPIST) || user.hasRole(Roles.SUPERVISOR);
    }
}
