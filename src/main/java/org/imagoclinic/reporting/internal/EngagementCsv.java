package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.CsvExport.number;
import static org.imagoclinic.reporting.internal.CsvExport.percent;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.SmallCounts;
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
            header(csv, "Engagement report", report.producedOn(), report.filter().describe(clinicians::nameOf),
                    report.smallCountsSuppressed());
            String due = SmallCounts.total(report.sessionsDue());
            csv.row("sessions", "due (attended, no-show or cancelled late by the client)", due, "");
            csv.row("sessions", "attendance", percent(report.attendanceRate()), due);
            csv.row("sessions", "no-shows", SmallCounts.inCsv(report.noShows()), due);
            csv.row("sessions", "no-show rate", percent(report.noShowRate()), due);
            csv.row("sessions", "late cancellations", SmallCounts.inCsv(report.lateCancellations()), due);
            csv.row("sessions", "late-cancellation rate", percent(report.lateCancelRate()), due);
            csv.row("sessions", "cancelled by the client", SmallCounts.inCsv(report.cancelledByClient()), "");
            csv.row("sessions", "cancelled by the clinic", SmallCounts.inCsv(report.cancelledByClinic()), "");
            reminders(csv, "with a reminder sent", report.withReminder());
            reminders(csv, "without a reminder sent", report.withoutReminder());
            for (EngagementReport.ByTherapist t : report.byTherapist()) {
                String section = "therapist " + t.name();
                String sessions = SmallCounts.inCsv(t.sessionsDue());
                csv.row(section, "sessions due", sessions, "");
                csv.row(section, "attendance", percent(t.attendanceRate()), sessions);
                csv.row(section, "no-show rate", percent(t.noShowRate()), sessions);
                csv.row(section, "late-cancellation rate", percent(t.lateCancelRate()), sessions);
            }
            csv.row("episodes", "ended", SmallCounts.inCsv(report.episodesEnded()), "");
            csv.row("episodes", "sessions per episode ended", number(report.meanSessionsPerEpisode()), SmallCounts.inCsv(report.episodesEnded()));
            csv.row("episodes", "drop-outs before " + report.dropOutThreshold() + " sessions", SmallCounts.inCsv(report.dropOuts()),
                    SmallCounts.inCsv(report.episodesEnded()));
            csv.row("episodes", "drop-out rate", percent(report.dropOutRate()), SmallCounts.inCsv(report.episodesEnded()));
            csv.row("first session", "mean days from first contact", number(report.meanDaysToFirstSession()),
                    SmallCounts.inCsv(report.firstSessions()));
            csv.row("first session", "median days from first contact", number(report.medianDaysToFirstSession()),
                    SmallCounts.inCsv(report.firstSessions()));
            for (EngagementReport.Month month : report.monthly()) {
                csv.row("month " + month.month(), "attended", SmallCounts.inCsv(month.attended()), "");
                csv.row("month " + month.month(), "no-shows", SmallCounts.inCsv(month.noShows()), "");
                csv.row("month " + month.month(), "late cancellations", SmallCounts.inCsv(month.lateCancellations()), "");
            }
            csv.row("waitlist", "waiting now", SmallCounts.inCsv(report.waitingNow()), "");
            csv.row("waitlist", "booked from the waitlist", SmallCounts.inCsv(report.bookedFromWaitlist()), "");
            csv.row("waitlist", "median days waited", number(report.medianDaysWaited()), SmallCounts.inCsv(report.bookedFromWaitlist()));
            for (EngagementReport.Waiting waiting : report.waitlist()) {
                csv.row("waitlist", "waiting on " + waiting.on(), SmallCounts.inCsv(waiting.couples()), "");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The lines a report's CSV opens with: its name, when, the filters, and how small counts read. */
    static void header(SpreadsheetSafeCsv csv, String title, LocalDate producedOn, String filters, boolean suppressed) {
        csv.row("report", title, "", "");
        csv.row("report", "produced on", producedOn, "");
        csv.row("report", "filters", filters, "");
        if (suppressed) {
            csv.row("report", "small counts", "counts from 1 to 4 are " + SmallCounts.IN_CSV + ", totals that would give "
                    + "one back " + SmallCounts.HIDDEN + ", figures built on them blank", "");
        }
    }

    private static void reminders(SpreadsheetSafeCsv csv, String section, EngagementReport.ByReminder split) {
        String due = SmallCounts.total(split.sessionsDue());
        csv.row(section, "sessions due", due, "");
        csv.row(section, "no-shows", SmallCounts.inCsv(split.noShows()), due);
        csv.row(section, "no-show rate", percent(split.noShowRate()), due);
        csv.row(section, "late cancellations", SmallCounts.inCsv(split.lateCancellations()), due);
        csv.row(section, "late-cancellation rate", percent(split.lateCancelRate()), due);
    }
}
