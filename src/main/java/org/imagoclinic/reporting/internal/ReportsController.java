package org.imagoclinic.reporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.reporting.CouplesBehind;
import org.imagoclinic.reporting.DashboardFigure;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.OutcomesDashboard;
import org.imagoclinic.reporting.OutcomesDashboards;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ReportExports;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.SmallCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the reports as JSON and the outcomes report as CSV and PDF. Filters are query parameters:
 * {@code from}, {@code to} (ISO dates; default the last year), {@code therapistId}, {@code supervisorId}
 * (a team), {@code concern}, {@code lifeStage}, {@code instrument} (default CSI-16). For the front desk and an
 * administrator without a clinical role counts below 5 are suppressed ({@link SmallCounts}, ADR 0044).
 */
@Tag(name = "Reports", description = "Practice, engagement and outcome reports, with their CSV and PDF downloads")
@RestController
@RequestMapping("/api/reports")
class ReportsController {

    private final Reports reports;
    private final ReportExports exports;
    private final OutcomesDashboards dashboards;
    private final Clock clock;

    ReportsController(Reports reports, ReportExports exports, OutcomesDashboards dashboards, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Operation(operationId = "outcomesReport", summary = "Show outcomes per partner and per couple",
            description = SmallCounts.API_NOTE)
    @GetMapping("/outcomes")
    OutcomesReport outcomes(Filter filter) {
        return reports.outcomes(filter.resolve(clock));
    }

    /** The supervisors' dashboard: each therapist's shares with 95 % Wilson intervals and funnel limits (ADR 0039). */
    @Operation(operationId = "outcomesDashboard", summary = "Show each therapist's outcomes beside the clinic's",
            description = SmallCounts.API_NOTE)
    @GetMapping("/outcomes/therapists")
    OutcomesDashboard dashboard(Filter filter) {
        return dashboards.dashboard(filter.resolve(clock));
    }

    /**
     * The couples behind one figure of the dashboard: {@code figure} names it (default partners improved),
     * {@code row} is the therapist's staff id (left out: the clinic's row). Clinicians only, their care
     * team's couples.
     */
    @Operation(operationId = "outcomesDashboardCouples", summary = "List the couples behind a dashboard figure")
    @GetMapping("/outcomes/therapists/couples")
    CouplesBehind couplesBehind(Filter filter, @RequestParam(defaultValue = "PARTNERS_IMPROVED") DashboardFigure figure,
                                @RequestParam(required = false) @Nullable UUID row) {
        return dashboards.couplesBehind(filter.resolve(clock), row, figure);
    }

    @Operation(operationId = "engagementReport", summary = "Show attendance, no-shows and late cancellations",
            description = SmallCounts.API_NOTE)
    @GetMapping("/engagement")
    EngagementReport engagement(Filter filter) {
        return reports.engagement(filter.resolve(clock));
    }

    @Operation(operationId = "practiceReport", summary = "Show the Imago practice report",
            description = SmallCounts.API_NOTE)
    @GetMapping("/practice")
    PracticeReport practice(Filter filter) {
        return reports.practice(filter.resolve(clock));
    }

    @Operation(operationId = "outcomesReportCsv", summary = "Download the outcomes report as CSV",
            description = "For a reader without a clinical role a count from 1 "
            + "to 4 is the cell " + SmallCounts.IN_CSV + ", a total that would give one back " + SmallCounts.HIDDEN
            + ", and a share or mean built on one is empty.")
    @GetMapping(value = "/outcomes.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(Filter filter, @RequestParam(defaultValue = "false") boolean perCouple) {
        return file(exports.outcomesCsv(filter.resolve(clock), perCouple), "outcomes.csv", new MediaType("text", "csv"));
    }

    @Operation(operationId = "engagementReportCsv", summary = "Download the engagement report as CSV",
            description = "With the split by reminder sent. For a reader without a clinical role a count from 1 to 4 is the cell "
            + SmallCounts.IN_CSV + ".")
    @GetMapping(value = "/engagement.csv", produces = "text/csv")
    ResponseEntity<byte[]> engagementCsv(Filter filter) {
        return file(exports.engagementCsv(filter.resolve(clock)), "engagement.csv", new MediaType("text", "csv"));
    }

    @Operation(operationId = "practiceReportCsv", summary = "Download the Imago practice report as CSV",
            description = "With each couple's home practice per week beside their change. For a reader without a clinical "
            + "role a count from 1 to 4 is the cell " + SmallCounts.IN_CSV + " and a rate or change built on one is empty.")
    @GetMapping(value = "/practice.csv", produces = "text/csv")
    ResponseEntity<byte[]> practiceCsv(Filter filter) {
        return file(exports.practiceCsv(filter.resolve(clock)), "practice.csv", new MediaType("text", "csv"));
    }

    @Operation(operationId = "practiceReportPdf", summary = "Download the Imago practice report as PDF",
            description = "For a reader without a clinical role a count from 1 to 4 reads \"" + SmallCounts.IN_WORDS + "\".")
    @GetMapping(value = "/practice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> practicePdf(Filter filter) {
        return file(exports.practicePdf(filter.resolve(clock)), "practice.pdf", MediaType.APPLICATION_PDF);
    }

    @Operation(operationId = "outcomesReportPdf", summary = "Download the outcomes report as PDF",
            description = "For a reader without a clinical role a count from 1 "
            + "to 4 reads \"" + SmallCounts.IN_WORDS + "\".")
    @GetMapping(value = "/outcomes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(Filter filter) {
        return file(exports.outcomesPdf(filter.resolve(clock)), "outcomes.pdf", MediaType.APPLICATION_PDF);
    }

    @Operation(operationId = "rebuildReports", summary = "Rebuild the reports by replaying the modules' events")
    @PostMapping("/rebuild")
    Map<String, Integer> rebuild() {
        return Map.of("eventsReplayed", reports.rebuild());
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /** The query parameters, bound by name. */
    record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID therapistId,
                  @Nullable UUID supervisorId, @Nullable String concern, @Nullable LifeStage lifeStage,
                  @Nullable String instrument) {

        ReportFilter resolve(Clock clock) {
            LocalDate end = to == null ? LocalDate.now(clock) : to;
            LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
            return new ReportFilter(start, end, therapistId, supervisorId, concern == null || concern.isBlank() ? null : concern,
                    lifeStage, instrument == null || instrument.isBlank() ? ReportFilter.DEFAULT_INSTRUMENT : instrument);
        }
    }
}
