package org.imagoclinic.reporting.ui;

import static org.imagoclinic.reporting.SmallCounts.inWords;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Clinicians;

/**
 * Engagement: attendance, no-shows and late cancellations month by month, drop-out, time to first
 * session, and the waitlist's length at the end of each month.
 */
@Route("reports/engagement")
@PageTitle("Engagement · Imago Clinic")
@Menu(title = "Engagement report", order = 61, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class EngagementView extends VerticalLayout {

    private final Reports reports;
    private final Paragraph summary = new Paragraph();
    private final Paragraph suppressed = Charts.suppressionNote();
    final Numbers months = new Numbers("Month", "Attended", "No-shows", "Late cancellations");
    private final Paragraph waitlistSummary = new Paragraph();
    final Numbers waitlist = new Numbers("Month", "On", "Couples waiting");

    EngagementView(Reports reports, Clinicians clinicians, CurrentUser user, Clock clock) {
        this.reports = reports;
        boolean wide = !user.require().hasRole(Roles.THERAPIST) || user.require().hasRole(Roles.SUPERVISOR);
        add(new H2("Engagement"), new FilterBar(clinicians, clock, wide, reports.offersClinicalFilters(), this::show), summary, suppressed,
                months, new H3("Waitlist"), waitlistSummary, waitlist);
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
        List<String> labels = report.monthly().stream().map(EngagementReport.Month::month).toList();
        var series = new java.util.LinkedHashMap<String, List<Number>>();
        series.put("Attended", report.monthly().stream().map(m -> (Number) m.attended()).toList());
        series.put("No-shows", report.monthly().stream().map(m -> (Number) m.noShows()).toList());
        series.put("Late cancellations", report.monthly().stream().map(m -> (Number) m.lateCancellations()).toList());
        java.util.Map<String, List<@org.jspecify.annotations.Nullable Number>> lines = new java.util.LinkedHashMap<>(series);
        months.show(Charts.lines(labels, lines, null), report.monthly().stream().map(m -> List.of(m.month(),
                inWords(m.attended()), inWords(m.noShows()), inWords(m.lateCancellations()))).toList(),
                report.monthly().stream().anyMatch(m -> any(m.attended()) || any(m.noShows()) || any(m.lateCancellations())));
        showWaitlist(report);
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
