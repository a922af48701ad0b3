package org.imagoclinic.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.reporting.CoupleProgress;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.security.RecordKind;
import org.jspecify.annotations.Nullable;

/** The couple page's "Progress" tab: each partner's CSI trend with the clinical band, the classes, attendance, BCRs, each partner's dialogue skills. */
@org.springframework.stereotype.Component
class ProgressTab implements CoupleTab {

    private final Reports reports;

    ProgressTab(Reports reports) {
        this.reports = reports;
    }

    @Override
    public String title() {
        return "Progress";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.OUTCOME_DETAIL;
    }

    @Override
    public Component content(UUID coupleId) {
        return content(reports.progress(coupleId));
    }

    static VerticalLayout content(CoupleProgress progress) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Numbers trend = new Numbers("Date", "Partner", "Score", "In the clinical range");
        TreeSet<java.time.LocalDate> days = new TreeSet<>();
        progress.partners().forEach(p -> p.scores().forEach(s -> days.add(s.on())));
        List<String> labels = days.stream().map(Charts::day).toList();
        Map<String, List<@Nullable Number>> series = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (CoupleProgress.PartnerTrend partner : progress.partners()) {
            List<@Nullable Number> values = new ArrayList<>();
            for (java.time.LocalDate day : days) {
                values.add(partner.scores().stream().filter(s -> s.on().equals(day)).map(s -> (Number) s.score())
                        .reduce((a, b) -> b).orElse(null));
            }
            series.put(partner.name(), values);
            partner.scores().forEach(s -> rows.add(List.of(Charts.day(s.on()), partner.name(), String.valueOf(s.score()),
                    s.clinicalRange() ? "yes" : "no")));
        }
        var cutoff = progress.norms().cutoff();
        Map<String, Object> band = cutoff == null ? null : Map.of("silent", true, "itemStyle", Map.of("color", "rgba(229,115,115,0.15)"),
                "data", List.of(List.of(Map.of("name", "Clinical range (below " + cutoff.toPlainString() + ")", "yAxis", 0),
                        Map.of("yAxis", cutoff.doubleValue()))));
        trend.show(Charts.lines(labels, series, band), rows);
        layout.add(new H4(progress.norms().instrument() + " by partner"), trend);
        progress.partners().forEach(p -> layout.add(new Paragraph(p.name() + ": " + p.outcome()
                + (p.reliableChangeIndex() == null ? "" : " (RC " + Charts.number(p.reliableChangeIndex()) + ")"))));
        layout.add(new Paragraph("As a couple: " + (progress.couple() == null ? "not classified" : progress.couple())
                + ". " + progress.note()));
        layout.add(new Paragraph("Norms: " + progress.norms().describe()));
        layout.add(new Paragraph("Sessions attended: " + progress.sessionsAttended() + " · missed: " + progress.sessionsMissed()
                + " · behaviour change requests made " + progress.requestsMade() + ", followed up "
                + progress.requestsFollowedUp() + ", kept " + progress.requestsKept()));
        for (CoupleProgress.PartnerSkills partner : progress.partnerSkills()) {
            Numbers skills = SkillChart.table();
            skills.show(SkillChart.option(partner.months()), SkillChart.rows(partner.months()));
            layout.add(new H4("Dialogue skills of " + partner.name()), new Paragraph("The sender's part in the rounds "
                    + partner.name() + " sent, the receiver's steps in the rounds " + partner.name() + " received."), skills);
        }
        return layout;
    }
}
