package org.imagoclinic.assessments.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

/** A couple's course plan as the tab shows it, with buttons to change it, review it and print it. */
class PlanPanel extends VerticalLayout {

    static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private final Couple couple;
    private final CoursePlans plans;
    private final Clock clock;

    PlanPanel(Couple couple, CoursePlans plans, Clock clock) {
        this.couple = couple;
        this.plans = plans;
        this.clock = clock;
        setPadding(false);
        setId("course-plan");
        show(load());
    }

    private @Nullable CoursePlan load() {
        try {
            return plans.planOf(couple.id());
        } catch (NotFoundException none) {
            return null;
        }
    }

    private void show(@Nullable CoursePlan plan) {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        Button edit = new Button(plan == null ? "Write the course plan" : "Change the plan",
                click -> new PlanEditor(couple, plans, plans.candidates(couple.id()), plan, today, this::show).open());
        edit.setId("edit-course-plan");
        if (plan == null) {
            add(new Paragraph("No course plan yet. Its goals are drawn from the couple's relationship vision, the "
                    + "requests they chose to give and the exits they are closing."), edit);
            return;
        }
        Button review = new Button("Record a review", click -> new ReviewDialog(couple, plans, plan, today, this::show).open());
        review.setId("review-course-plan");
        Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = plans.printable(couple.id());
            return new DownloadResponse(new ByteArrayInputStream(file), "course-plan.pdf", "application/pdf", file.length);
        }), "Print (PDF)");
        print.getElement().setAttribute("download", true);
        Paragraph next = new Paragraph(plan.nextReviewOn() == null ? "No review waiting."
                : (plan.overdue() ? "Review overdue since " : "Next review: ") + DAY.format(plan.nextReviewOn()) + ".");
        next.setId("course-plan-next-review");
        if (plan.overdue()) {
            next.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        add(new HorizontalLayout(edit, review, print), next, new H4("Goals"), goals(plan), new H4("Outcome targets"));
        add(new Paragraph(targets(plan.targets())));
        plan.targetProgress().forEach(partner -> add(new Paragraph("Now: " + partner.describe())));
        add(new Paragraph("Norms: " + plan.normsUsed()));
        add(new H4("Reviews"));
        if (plan.reviews().isEmpty()) {
            add(new Paragraph("Not reviewed yet."));
        }
        for (CoursePlan.Review entry : plan.reviews()) {
            add(new Paragraph(DAY.format(entry.reviewedOn()) + ", " + entry.reviewedBy()
                    + (entry.afterSessions() == null ? "" : " (measure review after " + entry.afterSessions() + " sessions)")
                    + ": " + entry.progress().stream().map(p -> p.goal() + " – " + p.progress().label())
                    .collect(Collectors.joining("; ")) + (entry.note() == null ? "" : ". " + entry.note())));
        }
        add(new Paragraph("Version " + plan.version() + ", saved by " + plan.savedBy() + "."));
    }

    private static Grid<CoursePlan.Goal> goals(CoursePlan plan) {
        Grid<CoursePlan.Goal> grid = new Grid<>();
        grid.setId("course-plan-goals");
        grid.addColumn(goal -> goal.source().label() + (goal.partnerName() == null ? "" : " (" + goal.partnerName() + ")")
                + ": " + goal.drawnFrom()).setHeader("Drawn from").setFlexGrow(2);
        grid.addColumn(CoursePlan.Goal::goal).setHeader("Goal").setFlexGrow(2);
        grid.addColumn(CoursePlan.Goal::target).setHeader("Target").setFlexGrow(2);
        grid.addColumn(goal -> DAY.format(goal.reviewOn())).setHeader("Review by").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(plan.goals());
        return grid;
    }

    static String targets(CoursePlan.OutcomeTargets targets) {
        if (targets.eachAboveCutoff() && targets.reliableImprovementForBoth()) {
            return "Each partner out of the clinical range, with a reliable improvement for both.";
        }
        if (targets.eachAboveCutoff()) {
            return "Each partner out of the clinical range.";
        }
        return targets.reliableImprovementForBoth() ? "A reliable improvement for both partners." : "None set.";
    }
}
