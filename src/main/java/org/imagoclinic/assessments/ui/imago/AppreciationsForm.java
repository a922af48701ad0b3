package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.Appreciations.Appreciation;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.jspecify.annotations.Nullable;

/** The appreciation exercise: partners take turns stating specific appreciations. */
class AppreciationsForm extends RecordForm<Appreciations> {

    final Rows<Appreciation> appreciations;

    AppreciationsForm(Couple couple) {
        super(couple);
        appreciations = rows("content.appreciations", new Rows<>("Appreciations, in turn", "Add an appreciation",
                () -> row(null), this::row));
        add(prompts("Appreciations", "\"One thing I appreciate about you is…\"", "\"When you did … I felt …\"",
                "The receiver mirrors: \"What I hear you appreciate is… Did I get it?\""), appreciations);
    }

    private Rows.Row<Appreciation> row(@Nullable Appreciation appreciation) {
        TextField text = Cells.text("e.g. You made me laugh when I came home tired on Tuesday",
                appreciation == null ? null : appreciation.text());
        Select<Partner> from = Cells.choice("Said by", Partner::displayName,
                appreciation == null ? null : Partners.of(couple, appreciation.fromPartnerId()), couple.partnerA(),
                couple.partnerB());
        return Cells.row(text, () -> new Appreciation(from.getValue() == null ? null : from.getValue().personId(),
                text.getValue().trim()), Map.of("text", text, "fromPartnerId", from), from);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.APPRECIATIONS;
    }

    @Override
    Appreciations content() {
        return new Appreciations(appreciations.items());
    }

    @Override
    void fill(Appreciations content) {
        appreciations.fill(content.appreciations());
    }
}
