package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.CaringBehaviours.Behaviour;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/** Caring behaviours (re-romanticising): three lists, each behaviour rated for importance. */
class CaringForm extends RecordForm<CaringBehaviours> {

    final Rows<Behaviour> now = rows("content.now", list("What my partner does now that makes me feel loved"));
    final Rows<Behaviour> past = rows("content.past", list("What my partner used to do"));
    final Rows<Behaviour> neverAsked = rows("content.neverAsked", list("What I have always wanted and never asked for"));

    CaringForm(Couple couple) {
        super(couple);
        add(prompts("Re-romanticising", "\"I feel loved and cared about when you…\" Positive, specific, doable.",
                "Rate each from 1 (nice) to 5 (very important). Your partner chooses some to give each day, as gifts."),
                now, past, neverAsked);
    }

    private static Rows<Behaviour> list(String label) {
        return new Rows<>(label, "Add a behaviour", () -> row(null), CaringForm::row);
    }

    private static Rows.Row<Behaviour> row(@Nullable Behaviour behaviour) {
        TextField text = Cells.text("e.g. brings me coffee in bed on Sundays", behaviour == null ? null : behaviour.text());
        Select<Integer> importance = Cells.choice("Importance", number -> "Importance " + number,
                behaviour == null ? null : behaviour.importance(), 1, 2, 3, 4, 5);
        return Cells.row(text, () -> new Behaviour(text.getValue().trim(),
                importance.getValue() == null ? 0 : importance.getValue()),
                Map.of("text", text, "importance", importance), importance);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.CARING_BEHAVIOURS;
    }

    @Override
    CaringBehaviours content() {
        return new CaringBehaviours(now.items(), past.items(), neverAsked.items());
    }

    @Override
    void fill(CaringBehaviours content) {
        now.fill(content.now());
        past.fill(content.past());
        neverAsked.fill(content.neverAsked());
    }
}
