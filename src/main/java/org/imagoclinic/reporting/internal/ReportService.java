package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.reporting.CoupleProgress;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.internal.ReportAccess.Figures;
import org.imagoclinic.reporting.internal.ReportAccess.Scope;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports, each checked against the signed-in person's role and caseload first (ADR 0015). */
@Service
class ReportService implements Reports {

    private final ReportAccess access;
    private final MeasureCatalogue catalogue;
    private final OutcomesAssembler outcomes;
    private final EngagementQueries engagement;
    private final PracticeQueries practice;
    private final ProgressQueries progress;
    private final ClinicalAccess clinicalAccess;
    private final Couples couples;
    private final Rebuilder rebuilder;
    private final SmallCountSuppression suppression;
    private final AuditTrail audit;
    private final Clock clock;

    ReportService(ReportAccess access, MeasureCatalogue catalogue, OutcomesAssembler outcomes, EngagementQueries engagement,
                  PracticeQueries practice, ProgressQueries progress, ClinicalAccess clinicalAccess, Couples couples,
                  Rebuilder rebuilder, SmallCountSuppression suppression, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.suppression = suppression;
        this.access = access;
        this.catalogue = catalogue;
        this.outcomes = outcomes;
        this.engagement = engagement;
        this.practice = practice;
        this.progress = progress;
        this.clinicalAccess = clinicalAccess;
        this.couples = couples;
        this.rebuilder = rebuilder;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public OutcomesReport outcomes(ReportFilter asked) {
        ReportFilter filter = access.effective(asked);
        Scope scope = access.scope(filter, Figures.OUTCOMES);
        OutcomesReport report = outcomes.report(filter, EpisodeScope.of(filter, scope.therapists()), instrument(filter),
                scope.comparison());
        return access.exactCounts() ? report : suppression.outcomes(report);
    }

    @Override
    public boolean offersClinicalFilters() {
        return access.clinicalFilters();
    }

    @Override
    @Transactional(readOnly = true)
    public EngagementReport engagement(ReportFilter asked) {
        ReportFilter filter = access.effective(asked);
        Scope scope = access.scope(filter, Figures.ENGAGEMENT);
        EngagementReport report = engagement.report(filter, EpisodeScope.of(filter, scope.therapists()));
        return access.exactCounts() ? report : suppression.engagement(report);
    }

    @Override
    @Transactional(readOnly = true)
    public PracticeReport practice(ReportFilter asked) {
        ReportFilter filter = access.effective(asked);
        Scope scope = access.scope(filter, Figures.PRACTICE);
        PracticeReport report = practice.report(filter, EpisodeScope.of(filter, scope.therapists()));
        return access.exactCounts() ? report : suppression.practice(report);
    }

    @Override
    @Transactional
    public CoupleProgress progress(UUID coupleId) {
        clinicalAccess.require(RecordKind.OUTCOME_DETAIL, coupleId, AuditAction.VIEW, "CoupleProgress", coupleId);
        return progress.progress(couples.get(coupleId), catalogue.find(ReportFilter.DEFAULT_INSTRUMENT).orElseThrow());
    }

    @Override
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int rebuild() {
        int replayed = rebuilder.rebuild();
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "ReportingReadModels", "rebuild")
                .because(replayed + " events replayed"));
        return replayed;
    }

    Instrument instrument(ReportFilter filter) {
        return catalogue.find(filter.instrument(), filter.normsDay(LocalDate.now(clock))).orElseThrow();
    }
}
