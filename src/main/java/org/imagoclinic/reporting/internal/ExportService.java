package org.imagoclinic.reporting.internal;

import java.util.List;
import java.util.function.Function;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportExports;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.internal.ReportAccess.Figures;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ExplainedRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports of the outcomes, engagement and practice reports; each one is written to the audit trail with the filters used. */
@Service
class ExportService implements ReportExports {

    private final Reports reports;
    private final ReportAccess access;
    private final OutcomeQueries queries;
    private final ClinicalAccess clinicalAccess;
    private final CurrentUser currentUser;
    private final Couples couples;
    private final CsvExport csv;
    private final PdfExport pdf;
    private final AuditTrail audit;
    private final EngagementCsv engagementCsv;
    private final PracticeFiles practiceFiles;

    ExportService(Reports reports, ReportAccess access, OutcomeQueries queries, ClinicalAccess clinicalAccess,
                  CurrentUser currentUser, Couples couples, CsvExport csv, PdfExport pdf, AuditTrail audit,
                  EngagementCsv engagementCsv, PracticeFiles practiceFiles) {
        this.engagementCsv = engagementCsv;
        this.practiceFiles = practiceFiles;
        this.reports = reports;
        this.access = access;
        this.queries = queries;
        this.clinicalAccess = clinicalAccess;
        this.currentUser = currentUser;
        this.couples = couples;
        this.csv = csv;
        this.pdf = pdf;
        this.audit = audit;
    }

    @Override
    @Transactional
    public byte[] outcomesCsv(ReportFilter asked, boolean perCouple) {
        ReportFilter filter = access.effective(asked);
        OutcomesReport report = reports.outcomes(filter);
        List<CsvExport.NamedLine> lines = perCouple ? perCouple(filter) : null;
        audit.record(AuditRecord.allowed(AuditAction.EXPORT, "OutcomesReport", perCouple ? "csv-per-couple" : "csv")
                .because(filter.describe() + (perCouple ? "; " + lines.size() + " couples listed by name" : "")));
        return csv.write(report, lines);
    }

    @Override
    @Transactional
    public byte[] outcomesPdf(ReportFilter asked) {
        return exported(asked, "OutcomesReport", "pdf",
                filter -> pdf.write(reports.outcomes(filter), reports.engagement(filter)));
    }

    @Override
    @Transactional
    public byte[] engagementCsv(ReportFilter asked) {
        return exported(asked, "EngagementReport", "csv", filter -> engagementCsv.write(reports.engagement(filter)));
    }

    @Override
    @Transactional
    public byte[] practiceCsv(ReportFilter asked) {
        return exported(asked, "PracticeReport", "csv", filter -> practiceFiles.csv(reports.practice(filter)));
    }

    @Override
    @Transactional
    public byte[] practicePdf(ReportFilter asked) {
        return exported(asked, "PracticeReport", "pdf", filter -> practiceFiles.pdf(reports.practice(filter)));
    }

    /** A report's file under the filter the reader may use, with the export in the audit trail. */
    private byte[] exported(ReportFilter asked, String report, String format, Function<ReportFilter, byte[]> write) {
        ReportFilter filter = access.effective(asked);
        byte[] file = write.apply(filter);
        audit.record(AuditRecord.allowed(AuditAction.EXPORT, report, format).because(filter.describe()));
        return file;
    }

    private List<CsvExport.NamedLine> perCouple(ReportFilter filter) {
        var user = currentUser.require();
        if (!user.hasRole(Roles.THERAPIST) && !user.hasRole(Roles.SUPERVISOR)) {
            throw new ExplainedRefusal("A per-couple list names couples: only their therapists and supervisors may export it.");
        }
        var scope = access.scope(filter, Figures.OUTCOMES);
        return queries.perCouple(filter, EpisodeScope.of(filter, scope.therapists())).stream()
                .filter(line -> clinicalAccess.may(RecordKind.OUTCOME_DETAIL, line.coupleId()))
                .map(line -> new CsvExport.NamedLine(couples.get(line.coupleId()).displayName(), line))
                .toList();
    }
}
