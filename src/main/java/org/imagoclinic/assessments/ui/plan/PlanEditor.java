package org.imagoclinic.assessments.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlanInput;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.GoalCandidate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * Writes or changes the course plan: goals (each drawn from a vision statement, a chosen request or an
 * exit being closed, with a target and a review day) and the outcome targets. The service checks it;
 * a refusal appears next to its field and the form stays filled.
 */
class PlanEditor extends Dialog {

    private final List<GoalRow> rows = new ArrayList<>();
    private final VerticalLayout goals = new VerticalLayout();
    private final List<GoalCandidate> candidates;
    private final LocalDate today;
    final Checkbox aboveCutoff = new Checkbox("Each partner out of the clinical range (above the cut-off)");
    final Checkbox reliableForBoth = new Checkbox("A reliable improvement for both partners");
    final Button save;

    PlanEditor(Couple couple, CoursePlans plans, List<GoalCandidate> candidates, @Nullable CoursePlan plan,
               LocalDate today, Consumer<CoursePlan> onSaved) {
        this.candidates = candidates;
        this.today = today;
        setHeaderTitle("Course plan · " + couple.displayName());
        setWidth("min(72rem, 96vw)");
        goals.setPadding(false);
        if (plan != null) {
            plan.goals().forEach(goal -> addRow(goal));
            aboveCutoff.setValue(plan.targets().eachAboveCutoff());
            reliableForBoth.setValue(plan.targets().reliableImprovementForBoth());
        } else {
            addRow(null);
        }
        Button add = new Button("Add a goal", click -> addRow(null));
        add(new H4("Goals"), goals, add, new H4("Outcome targets"), aboveCutoff, reliableForBoth);
        save = new Button("Save", click -> {
            CoursePlan[] saved = new CoursePlan[1];
            if (Feedback.attempt(() -> saved[0] = plans.save(couple.id(), input()), fields())) {
                Feedback.done("Course plan saved.");
                close();
                onSaved.accept(saved[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    CoursePlanInput input() {
        return new CoursePlanInput(rows.stream().map(GoalRow::input).toList(),
                new CoursePlan.OutcomeTargets(aboveCutoff.getValue(), reliableForBoth.getValue()));
    }

    List<GoalRow> rows() {
        return rows;
    }

    void addRow(CoursePlan.@Nullable Goal saved) {
        GoalRow row = new GoalRow(saved, candidates, today);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            goals.remove(row.layout);
        });
        rows.add(row);
        goals.add(row.layout);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            GoalRow row = rows.get(i);
            String prefix = "goals[" + i + "].";
            fields.put(prefix + "source", row.from);
            fields.put(prefix + "recordId", row.from);
            fields.put(prefix + "item", row.from);
            fields.put(prefix + "goal", row.goal);
            fields.put(prefix + "target", row.target);
            fields.put(prefix + "reviewOn", row.reviewOn);
        }
        return fields;
    }

    /** One goal of the form: what it is drawn from (fixed once saved), the goal, its target and review day. */
    static final class GoalRow {

        final CoursePlan.@Nullable Goal saved;
        final ComboBox<GoalCandidate> from = new ComboBox<>("Drawn from");
        final TextField goal = new TextField("Goal");
        final TextField target = new TextField("Target");
        final DatePicker reviewOn = new DatePicker("Review by");
        final Button remove = new Button("Remove");
        final HorizontalLayout layout;

        GoalRow(CoursePlan.@Nullable Goal saved, List<GoalCandidate> candidates, LocalDate today) {
            this.saved = saved;
            from.setItems(candidates);
            from.setItemLabelGenerator(GoalCandidate::describe);
            from.setWidth("18rem");
            from.addValueChangeListener(change -> {
                if (change.getValue() != null && goal.isEmpty()) {
                    goal.setValue(change.getValue().text());
                }
            });
            goal.setMaxLength(InputLimits.LINE);
            target.setMaxLength(InputLimits.LINE);
            reviewOn.setMin(PlausibleDates.earliest());
            reviewOn.setMax(PlausibleDates.latestPlanned(today));
            if (saved != null) {
                Span drawn = new Span(saved.source().label() + ": " + saved.drawnFrom());
                drawn.setWidth("18rem");
                goal.setValue(saved.goal());
                target.setValue(saved.target());
                reviewOn.setValue(saved.reviewOn());
                layout = new HorizontalLayout(drawn, goal, target, reviewOn, remove);
            } else {
                reviewOn.setValue(today.plusWeeks(4));
                layout = new HorizontalLayout(from, goal, target, reviewOn, remove);
            }
            layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        }

        CoursePlanInput.GoalInput input() {
            if (saved != null) {
                return new CoursePlanInput.GoalInput(saved.id(), saved.source(), saved.recordId(), saved.item(),
                        goal.getValue(), target.getValue(), reviewOn.getValue());
            }
            GoalCandidate chosen = from.getValue();
            return new CoursePlanInput.GoalInput(null, chosen == null ? null : chosen.source(),
                    chosen == null ? null : chosen.recordId(), chosen == null ? null : chosen.item(), goal.getValue(),
                    target.getValue(), reviewOn.getValue());
        }
    }
}
