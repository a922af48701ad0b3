package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.RelationshipVision.Statement;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/** The relationship vision: short, positive, present-tense statements, ranked, hard ones marked. */
class VisionForm extends RecordForm<RelationshipVision> {

    final Rows<Statement> statements = rows("content.statements",
            new Rows<>("Our relationship vision", "Add a statement", () -> row(null), VisionForm::row));

    VisionForm(Couple couple) {
        super(couple);
        add(prompts("The relationship vision", "Short, positive, in the present tense, as if it were already true: "
                        + "\"We laugh together every day.\"",
                "Rank each: 1 = most important, 3 = least. Mark those that are hard to reach today."), statements);
    }

    private static Rows.Row<Statement> row(@Nullable Statement statement) {
        TextField text = Cells.text("We …", statement == null ? null : statement.text());
        Select<Integer> rank = Cells.choice("Rank", number -> "Rank " + number, statement == null ? null : statement.rank(),
                1, 2, 3);
        Checkbox hard = new Checkbox("Hard to reach", statement != null && statement.hardToReach());
        Checkbox keep = new Checkbox("Keep as worded", statement != null && statement.keepWording());
        Span hint = new Span();
        hint.addClassName("vision-wording-hint");
        hint.getStyle().set("color", "var(--lumo-warning-text-color, #8a5a00)").set("font-size", "var(--lumo-font-size-s)");
        text.setValueChangeMode(ValueChangeMode.EAGER);
        Runnable flag = () -> {
            Optional<String> wording = RelationshipVision.wordingHint(text.getValue());
            hint.setText(wording.orElse(""));
            hint.setVisible(wording.isPresent());
            keep.setVisible(wording.isPresent());
            if (wording.isEmpty()) {
                keep.setValue(false);
            }
        };
        text.addValueChangeListener(change -> flag.run());
        flag.run();
        return Cells.row(text, () -> new Statement(text.getValue().trim(), rank.getValue() == null ? 0 : rank.getValue(),
                hard.getValue(), keep.getValue()), Map.of("text", text, "rank", rank), rank, hard, keep, hint);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.RELATIONSHIP_VISION;
    }

    @Override
    RelationshipVision content() {
        return new RelationshipVision(statements.items());
    }

    @Override
    void fill(RelationshipVision content) {
        statements.fill(content.statements());
    }
}
