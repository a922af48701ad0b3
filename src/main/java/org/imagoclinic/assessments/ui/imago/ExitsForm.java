package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.Exits.Exit;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/** Closing exits: the ways the partner leaves the relationship emotionally, and how far each is closed. */
class ExitsForm extends RecordForm<Exits> {

    final Rows<Exit> exits = rows("content.exits", new Rows<>("Exits", "Add an exit", () -> row(null), ExitsForm::row));

    ExitsForm(Couple couple) {
        super(couple);
        add(prompts("Closing exits", "Hard exits end or threaten the relationship (threats of divorce, an affair).",
                        "Soft exits drain it: overwork, screens, always being busy with the children.",
                        "\"I am willing to close (or reduce) this exit by …\" Revise the list as exits close."), exits);
    }

    private static Rows.Row<Exit> row(@Nullable Exit exit) {
        TextField text = Cells.text("e.g. works late every night", exit == null ? null : exit.description());
        Select<Exits.Kind> kind = Cells.choice("Hard or soft", Exits.Kind::label, exit == null ? null : exit.kind(),
                Exits.Kind.values());
        Select<Exits.Status> status = Cells.choice("Status", Exits.Status::label,
                exit == null ? Exits.Status.OPEN : exit.status(), Exits.Status.values());
        DatePicker closedOn = new DatePicker();
        closedOn.setPlaceholder("Closed on");
        closedOn.setAriaLabel("Closed on");
        closedOn.setValue(exit == null ? null : exit.closedOn());
        closedOn.setEnabled(status.getValue() == Exits.Status.CLOSED);
        status.addValueChangeListener(change -> closedOn.setEnabled(change.getValue() == Exits.Status.CLOSED));
        Checkbox harm = new Checkbox("Describes self-harm or violence", exit != null && exit.describesHarm());
        harm.setTooltipText("A hard exit that describes self-harm or violence raises the acute-crisis flag on this "
                + "partner's screen: the couple is held until a clinician records a decision.");
        return Cells.row(text, () -> new Exit(text.getValue().trim(), kind.getValue(), status.getValue(),
                        status.getValue() == Exits.Status.CLOSED ? closedOn.getValue() : null, harm.getValue()),
                Map.of("description", text, "kind", kind, "status", status, "closedOn", closedOn, "describesHarm", harm),
                kind, status, closedOn, harm);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.EXITS;
    }

    @Override
    Exits content() {
        return new Exits(exits.items());
    }

    @Override
    void fill(Exits content) {
        exits.fill(content.exits());
    }
}
