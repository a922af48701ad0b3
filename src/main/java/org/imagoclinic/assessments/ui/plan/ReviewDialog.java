package org.imagoclinic.assessments.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.GoalProgress;
import org.imagoclinic.assessments.NewPlanReview;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.ui.components.Feedback;

/** Records a review of the course plan: the day, the progress on every goal, and a note. */
class ReviewDialog extends Dialog {

    final DatePicker reviewedOn = new DatePicker("Day of the review");
    final List<Select<GoalProgress>> progress = new ArrayList<>();
    final List<TextField> comments = new ArrayList<>();
    final TextArea note = new TextArea("What the review concluded");
    final Button save;

    ReviewDialog(Couple couple, CoursePlans plans, CoursePlan plan, LocalDate today, Consumer<CoursePlan> onSaved) {
        setHeaderTitle("Review of the course plan · " + couple.displayName());
        setWidth("min(60rem, 96vw)");
        reviewedOn.setValue(today);
        reviewedOn.setMin(PlausibleDates.earliest());
        reviewedOn.setMax(today);
        add(reviewedOn);
        for (CoursePlan.Goal goal : plan.goals()) {
            Select<GoalProgress> select = new Select<>();
            select.setLabel("Progress");
            select.setItems(GoalProgress.values());
            select.setItemLabelGenerator(GoalProgress::label);
            TextField comment = new TextField("Comment");
            comment.setMaxLength(InputLimits.LINE);
            Span label = new Span(goal.goal());
            label.setWidth("20rem");
            progress.add(select);
            comments.add(comment);
            add(new HorizontalLayout(label, select, comment));
        }
        note.setMaxLength(InputLimits.TEXT);
        note.setWidthFull();
        add(note);
        save = new Button("Save the review", click -> {
            CoursePlan[] saved = new CoursePlan[1];
            if (Feedback.attempt(() -> saved[0] = plans.review(couple.id(), input(plan)), fields())) {
                Feedback.done("Review recorded.");
                close();
                onSaved.accept(saved[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private NewPlanReview input(CoursePlan plan) {
        List<NewPlanReview.Progress> entries = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            entries.add(new NewPlanReview.Progress(plan.goals().get(i).id(), progress.get(i).getValue(),
                    comments.get(i).getValue()));
        }
        return new NewPlanReview(reviewedOn.getValue(), entries, note.getValue());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("reviewedOn", reviewedOn, "note", note));
        for (int i = 0; i < progress.size(); i++) {
            fields.put("progress[" + i + "].progress", progress.get(i));
            fields.put("progress[" + i + "].comment", comments.get(i));
        }
        return fields;
    }
}
