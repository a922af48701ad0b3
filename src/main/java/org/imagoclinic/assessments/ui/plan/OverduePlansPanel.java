package org.imagoclinic.assessments.ui.plan;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.PlanDueForReview;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.jsoup.nodes.Element;

/**
 * A supervisor's "course plans overdue for review" on the home page: the plans of their own and their
 * supervisees' couples whose review day has passed unreviewed. Static HTML with a link to each couple,
 * so an open home page holds one node for it, not a grid.
 */
@org.springframework.stereotype.Component
class OverduePlansPanel implements HomePanel {

    private final CoursePlans plans;
    private final CurrentUser currentUser;

    OverduePlansPanel(CoursePlans plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty() || !account.get().hasRole(Roles.SUPERVISOR)) {
            return Optional.empty();
        }
        List<PlanDueForReview> overdue = plans.overdueForMe();
        Element panel = new Element("div").id("plans-overdue").addClass("home-panel");
        panel.appendElement("h3").text("Course plans overdue for review");
        if (overdue.isEmpty()) {
            panel.appendElement("p").addClass("queue-empty").text("No course plan is overdue for review.");
            return Optional.of(StaticHtml.of(panel));
        }
        Element table = panel.appendElement("table").addClass("queue-table");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : new String[] {"Couple", "Review due since", "Last reviewed"}) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (PlanDueForReview plan : overdue) {
            Element row = body.appendElement("tr");
            row.appendElement("td").appendElement("a").attr("href", "couples/" + plan.coupleId()).text(plan.coupleName());
            row.appendElement("td").text(PlanPanel.DAY.format(plan.dueSince()));
            row.appendElement("td").text(plan.lastReviewedOn() == null ? "Never"
                    : PlanPanel.DAY.format(plan.lastReviewedOn()));
        }
        return Optional.of(StaticHtml.of(panel));
    }
}
