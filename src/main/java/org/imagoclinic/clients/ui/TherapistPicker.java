package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.internal.TherapistRoster;

/**
 * Picks a therapist by name from the roster and those already caring for couples; a staff id may
 * be pasted too (see {@link TherapistRoster}).
 */
class TherapistPicker extends ComboBox<UUID> {

    private final Set<UUID> known = new LinkedHashSet<>();

    TherapistPicker(String label, TherapistRoster roster, List<UUID> alsoKnown) {
        super(label);
        roster.assignable().forEach(therapist -> known.add(therapist.staffId()));
        known.addAll(alsoKnown);
        setItems(known);
        setItemLabelGenerator(roster::nameOf);
        setClearButtonVisible(true);
        setAllowCustomValue(true);
        setHelperText("Choose a name, or paste a staff id");
        addCustomValueSetListener(typed -> {
            try {
                UUID id = UUID.fromString(typed.getDetail().strip());
                known.add(id);
                setItems(known);
                setValue(id);
                setInvalid(false);
            } catch (IllegalArgumentException notAnId) {
                setErrorMessage("Choose a therapist from the list, or paste a staff id such as 3f2c5e0a-8a8b-….");
                setInvalid(true);
            }
        });
    }
}
