package org.imagoclinic.reporting.ui;

import static org.imagoclinic.reporting.SmallCounts.inWords;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.ReportExports;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Clinicians;

/**
 * Engagement: attendance, no-shows and late cancellations month by month, the same for sessions with
 * and without a reminder sent, drop-out, time to first session, and the waitlist's length at the end
 * of each month; as CSV too.
 */
@Route("reports/engagement")
@PageTitle("Engagement · Imago Clinic")
@Menu(title = "Engagement report", order = 61, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class EngagementView extends VerticalLayout {

    private final Reports reports;
    private final Paragraph summary = new Paragraph();
    private final Paragraph suppressed = Charts.suppressionNote();
    final Numbers months = new Numbers("Month", "Sessions due", "Attended", "No-shows", "Late cancellations",
            "Attendance rate", "No-show rate", "Late-cancellation rate");
    private final Paragraph waitlistSummary = new Paragraph();
    final Numbers waitlist = new Numbers("Month", "On", "Couples waiting");
    final Numbers reminders = new Numbers("Sessions", "Due", "No-shows", "No-show rate", "Late cancellations",
            "Late-cancellation rate");
    final Numbers therapists = new Numbers("Therapist", "Sessions due", "Attended", "Attendance rate", "No-shows",
            "No-show rate", "Late cancellations", "Late-cancellation rate");
    private final ReportExports exports;
    private final HorizontalLayout downloads = new HorizontalLayout();

    EngagementView(Reports reports, ReportExports exports, Clinicians clinicians, CurrentUser user, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        boolean wide = !user.require().hasRole(Roles.THERAPIST) || user.require().hasRole(Roles.SUPERVISOR);
        add(new H2("Engagement"), new FilterBar(clinicians, clock, wide, reports.offersClinicalFilters(), this::show), summary, suppressed,
                months, new H3("Waitlist"), waitlistSummary, waitlist, new H3("Reminders"), new Paragraph("Sessions due "
                        + "for which a reminder went out to at least one partner, and those for which none did (no "
                        + "consent, booked too late, or before reminders were sent):"), reminders,
                new H3("By therapist"), new Paragraph("Sessions due of each primary therapist's couples, as shares of "
                        + "their sessions due:"), therapists, downloads);
        show(ReportFilter.lastYear(LocalDate.now(clock)));
    }

    void show(ReportFilter filter) {
        EngagementReport report = reports.engagement(filter);
        suppressed.setVisible(report.smallCountsSuppressed());
        summary.setText("Sessions due: " + SmallCounts.total(report.sessionsDue()) + " · attendance " + Charts.percent(report.attendanceRate())
                + " · no-shows " + Charts.percent(report.noShowRate()) + " · late cancellations "
                + Charts.percent(report.lateCancelRate()) + " · episodes ended: " + inWords(report.episodesEnded())
                + ", sessions per episode " + Charts.number(report.meanSessionsPerEpisode()) + ", drop-out before "
                + report.dropOutThreshold() + " sessions " + Charts.percent(report.dropOutRate()) + " (" + inWords(report.dropOuts())
                + ") · first contact to first session: mean " + Charts.number(report.meanDaysToFirstSession())
                + " days, median " + Charts.number(report.medianDaysToFirstSession()) + " (n = " + inWords(report.firstSessions()) + ")");
        List<String> labels = report.monthly().stream().map(m -> monthLabel(m.month(), filter)).toList();
        var lines = new java.util.LinkedHashMap<String, List<@org.jspecify.annotations.Nullable Number>>();
        lines.put("Attendance rate %", report.monthly().stream().map(m -> percentOrNull(rate(m, m.attended()))).toList());
        lines.put("No-show rate %", report.monthly().stream().map(m -> percentOrNull(rate(m, m.noShows()))).toList());
        lines.put("Late-cancellation rate %", report.monthly().stream()
                .map(m -> percentOrNull(rate(m, m.lateCancellations()))).toList());
        months.show(Charts.titled(Charts.lines(labels, lines, null), "Month (a month the period covers only in part is "
                        + "marked)", "% of the sessions due that month", 0, 100),
                report.monthly().stream().map(m -> List.of(monthLabel(m.month(), filter), SmallCounts.total(due(m)),
                inWords(m.attended()), inWords(m.noShows()), inWords(m.lateCancellations()),
                Charts.percent(rate(m, m.attended())), Charts.percent(rate(m, m.noShows())),
                Charts.percent(rate(m, m.lateCancellations())))).toList(),
                report.monthly().stream().anyMatch(m -> any(m.attended()) || any(m.noShows()) || any(m.lateCancellations())));
        showReminders(report);
        showWaitlist(report);
        showTherapists(report);
        downloads.removeAll();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = exports.engagementCsv(filter);
            return new DownloadResponse(new ByteArrayInputStream(file), "engagement.csv", "text/csv", file.length);
        }), "Download CSV");
        csv.getElement().setAttribute("download", true);
        downloads.add(csv);
    }

    private void showReminders(EngagementReport report) {
        List<EngagementReport.ByReminder> split = List.of(report.withReminder(), report.withoutReminder());
        List<String> labels = List.of("With a reminder", "Without");
        var rates = new java.util.LinkedHashMap<String, List<@org.jspecify.annotations.Nullable Number>>();
        rates.put("No-show rate %", split.stream().map(r -> percentOrNull(r.noShowRate())).toList());
        rates.put("Late-cancellation rate %", split.stream().map(r -> percentOrNull(r.lateCancelRate())).toList());
        reminders.show(Charts.lines(labels, rates, null), java.util.stream.IntStream.range(0, 2).mapToObj(i -> List.of(
                labels.get(i), inWords(split.get(i).sessionsDue()), inWords(split.get(i).noShows()),
                Charts.percent(split.get(i).noShowRate()), inWords(split.get(i).lateCancellations()),
                Charts.percent(split.get(i).lateCancelRate()))).toList(),
                split.stream().anyMatch(r -> any(r.sessionsDue())));
    }

    /** Sessions due in the month: attended, no-shows and late cancellations; null when any of them is hidden. */
    private static @org.jspecify.annotations.Nullable Integer due(EngagementReport.Month month) {
        if (month.attended() == null || month.noShows() == null || month.lateCancellations() == null) {
            return null;
        }
        return month.attended() + month.noShows() + month.lateCancellations();
    }

    /** A share of the month's sessions due: a rate, so that a month the period only begins or ends in is no cliff. */
    private static @org.jspecify.annotations.Nullable Double rate(EngagementReport.Month month,
                                                                  @org.jspecify.annotations.Nullable Integer part) {
        Integer due = due(month);
        return part == null || due == null || due == 0 ? null : (double) part / due;
    }

    /** "2026-12 (to 7 Dec, partial)" for a month the period covers only in part; the month as it is otherwise. */
    static String monthLabel(String month, ReportFilter filter) {
        java.time.YearMonth yearMonth = java.time.YearMonth.parse(month);
        LocalDate first = yearMonth.atDay(1);
        LocalDate last = yearMonth.atEndOfMonth();
        boolean startsLate = filter.from().isAfter(first) && !filter.from().isAfter(last);
        boolean endsEarly = filter.to().isBefore(last) && !filter.to().isBefore(first);
        if (!startsLate && !endsEarly) {
            return month;
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK);
        return month + " (" + (startsLate ? "from " + day.format(filter.from()) : "")
                + (startsLate && endsEarly ? " " : "") + (endsEarly ? "to " + day.format(filter.to()) : "") + ", partial)";
    }

    private void showTherapists(EngagementReport report) {
        List<EngagementReport.ByTherapist> rows = report.byTherapist();
        var rates = new java.util.LinkedHashMap<String, List<@org.jspecify.annotations.Nullable Number>>();
        rates.put("Attendance rate %", rows.stream().map(t -> percentOrNull(t.attendanceRate())).toList());
        rates.put("No-show rate %", rows.stream().map(t -> percentOrNull(t.noShowRate())).toList());
        rates.put("Late-cancellation rate %", rows.stream().map(t -> percentOrNull(t.lateCancelRate())).toList());
        var option = new java.util.LinkedHashMap<>(Charts.titled(Charts.lines(rows.stream()
                .map(EngagementReport.ByTherapist::name).toList(), rates, null), "Therapist", "% of their sessions due", 0, 100));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> series = (List<java.util.Map<String, Object>>) option.get("series");
        option.put("series", series.stream().map(line -> {
            var bar = new java.util.LinkedHashMap<>(line);
            bar.put("type", "bar");
            return (Object) bar;
        }).toList());
        therapists.show(option, rows.stream().map(t -> List.of(t.name(), SmallCounts.total(t.sessionsDue()),
                inWords(t.attended()), Charts.percent(t.attendanceRate()), inWords(t.noShows()),
                Charts.percent(t.noShowRate()), inWords(t.lateCancellations()), Charts.percent(t.lateCancelRate()))).toList());
    }

    private static @org.jspecify.annotations.Nullable Number percentOrNull(@org.jspecify.annotations.Nullable Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private void showWaitlist(EngagementReport report) {
        waitlistSummary.setText("Waiting now: " + inWords(report.waitingNow()) + " · booked from the waitlist in the period: "
                + inWords(report.bookedFromWaitlist()) + ", median wait " + Charts.number(report.medianDaysWaited())
                + " days · couples waiting at the end of each month:");
        waitlist.show(Charts.bars(report.waitlist().stream().map(EngagementReport.Waiting::month).toList(),
                        "Couples waiting", report.waitlist().stream().map(EngagementReport.Waiting::couples).toList()),
                report.waitlist().stream().map(w -> List.of(w.month(), Charts.day(w.on()), inWords(w.couples())))
                        .toList(), report.waitlist().stream().anyMatch(w -> any(w.couples())));
    }

    /** Whether a count stands for something: more than 0, or suppressed (1 to 4). */
    private static boolean any(@org.jspecify.annotations.Nullable Integer count) {
        return count == null || count > 0;
    }
}
