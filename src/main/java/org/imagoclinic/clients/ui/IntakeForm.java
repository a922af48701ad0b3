package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.shared.InputLimits;

/** What brings the couple, in their own words (clinical content). */
class IntakeForm extends FormLayout {

    /** Tags offered to choose from; others may be typed. */
    static final List<String> SUGGESTED_TAGS = List.of("communication", "conflict", "trust", "intimacy", "parenting",
            "finances", "in-laws", "infidelity", "emotional distance", "deciding whether to stay");

    final TextArea concerns = new TextArea("Presenting concerns");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final Select<LifeStage> lifeStage = new Select<>();
    final TextField lifeStageNote = new TextField("About that");
    final TextArea goals = new TextArea("Their goals, in their own words");
    final Checkbox priorTherapy = new Checkbox("They had couples therapy before");
    final TextArea priorTherapyNotes = new TextArea("About that therapy");

    private final List<String> knownTags = new ArrayList<>(SUGGESTED_TAGS);

    IntakeForm() {
        concerns.setMaxLength(InputLimits.TEXT);
        lifeStageNote.setMaxLength(InputLimits.LINE);
        goals.setMaxLength(InputLimits.TEXT);
        priorTherapyNotes.setMaxLength(InputLimits.TEXT);
        concerns.setHelperText("What they say brings them, as they put it");
        tags.setItems(knownTags);
        tags.setAllowCustomValue(true);
        tags.setHelperText("Choose or type short tags, for reporting");
        tags.addCustomValueSetListener(typed -> addTag(typed.getDetail()));
        lifeStage.setLabel("Life stage that brought them");
        lifeStage.setItems(LifeStage.values());
        lifeStage.setItemLabelGenerator(stage -> stage == null ? "Not known" : stage.label());
        lifeStage.setEmptySelectionAllowed(true);
        lifeStageNote.setPlaceholder("e.g. moved abroad last spring");
        priorTherapyNotes.setVisible(false);
        priorTherapy.addValueChangeListener(change -> priorTherapyNotes.setVisible(change.getValue()));
        add(concerns, tags, lifeStage, lifeStageNote, goals, priorTherapy, priorTherapyNotes);
        setColspan(concerns, 2);
        setColspan(goals, 2);
        setColspan(priorTherapyNotes, 2);
    }

    private void addTag(String typed) {
        String tag = typed.strip().toLowerCase(Locale.ROOT);
        if (tag.isEmpty()) {
            return;
        }
        Set<String> selected = new LinkedHashSet<>(tags.getValue());
        if (!knownTags.contains(tag)) {
            knownTags.add(tag);
            tags.setItems(knownTags);
        }
        selected.add(tag);
        tags.setValue(selected);
    }

    IntakeDetails details() {
        return new IntakeDetails(concerns.getValue(), List.copyOf(tags.getValue()), lifeStage.getValue(),
                lifeStageNote.getValue(), goals.getValue(), priorTherapy.getValue(),
                priorTherapy.getValue() ? priorTherapyNotes.getValue() : null);
    }

    void setDetails(IntakeDetails details) {
        concerns.setValue(details.presentingConcerns() == null ? "" : details.presentingConcerns());
        details.concernTags().forEach(this::addTag);
        lifeStage.setValue(details.lifeStage());
        lifeStageNote.setValue(details.lifeStageNote() == null ? "" : details.lifeStageNote());
        goals.setValue(details.goals() == null ? "" : details.goals());
        priorTherapy.setValue(details.priorTherapy());
        priorTherapyNotes.setValue(details.priorTherapyNotes() == null ? "" : details.priorTherapyNotes());
    }

    Map<String, HasValidation> fields() {
        return Map.of("presentingConcerns", concerns, "concernTags", tags, "lifeStageNote", lifeStageNote,
                "goals", goals, "priorTherapyNotes", priorTherapyNotes);
    }
}
