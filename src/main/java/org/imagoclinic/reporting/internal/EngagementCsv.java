package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.CsvExport.number;
import static org.imagoclinic.reporting.internal.CsvExport.percent;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.shared.SpreadsheetSafeCsv;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Component;

/**
 * Writes the engagement report as CSV, one figure a line (section, figure, value, n) like the outcomes
 * CSV: shares as per cent, the split by reminder sent, the months and the waitlist. No names.
 */
@Component
class EngagementCsv {

    private final Clinicians clinicians;

    EngagementCsv(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    byte[] write(EngagementReport report) {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "section", "figure", "value", "n")) {
            csv.row("report", "Engagement report", "", "");
            csv.row("report", "produced on", report.producedOn(), "");
            csv.row("report", "filters", report.filter().describe(clinicians::nameOf), "");
            int due = report.sessionsDue();
            csv.row("sessions", "due (attended, no-show or cancelled late by the client)", due, "");
            csv.row("sessions", "attendance", percent(report.attendanceRate()), due);
            csv.row("sessions", "no-shows", report.noShows(), due);
            csv.row("sessions", "no-show rate", percent(report.noShowRate()), due);
            csv.row("sessions", "late cancellations", report.lateCancellations(), due);
            csv.row("sessions", "late-cancellation rate", percent(report.lateCancelRate()), due);
            csv.row("sessions", "cancelled by the client", report.cancelledByClient(), "");
            csv.row("sessions", "cancelled by the clinic", report.cancelledByClinic(), "");
            reminders(csv, "with a reminder sent", report.withReminder());
            reminders(csv, "without a reminder sent", report.withoutReminder());
            csv.row("episodes", "ended", report.episodesEnded(), "");
            csv.row("episodes", "sessions per episode ended", number(report.meanSessionsPerEpisode()), report.episodesEnded());
            csv.row("episodes", "drop-outs before " + report.dropOutThreshold() + " sessions", report.dropOuts(),
                    report.episodesEnded());
            csv.row("episodes", "drop-out rate", percent(report.dropOutRate()), report.episodesEnded());
            csv.row("first session", "mean days from first contact", number(report.meanDaysToFirstSession()),
                    report.firstSessions());
            csv.row("first session", "median days from first contact", number(report.medianDaysToFirstSession()),
                    report.firstSessions());
            for (EngagementReport.Month month : report.monthly()) {
                csv.row("month " + month.month(), "attended", month.attended(), "");
                csv.row("month " + month.month(), "no-shows", month.noShows(), "");
                csv.row("month " + month.month(), "late cancellations", month.lateCancellations(), "");
            }
            csv.row("waitlist", "waiting now", report.waitingNow(), "");
            csv.row("waitlist", "booked from the waitlist", report.bookedFromWaitlist(), "");
            csv.row("waitlist", "median days waited", number(report.medianDaysWaited()), report.bookedFromWaitlist());
            for (EngagementReport.Waiting waiting : report.waitlist()) {
                csv.row("waitlist", "waiting on " + waiting.on(), waiting.couples(), "");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void reminders(SpreadsheetSafeCsv csv, String section, EngagementReport.ByReminder split) {
        csv.row(section, "sessions due", split.sessionsDue(), "");
        csv.row(section, "no-shows", split.noShows(), split.sessionsDue());
        csv.row(section, "no-show rate", percent(split.noShowRate()), split.sessionsDue());
        csv.row(section, "late cancellations", split.lateCancellations(), split.sessionsDue());
        csv.row(section, "late-cancellation rate", percent(split.lateCancelRate()), split.sessionsDue());
    }
}
