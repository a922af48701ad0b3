package org.imagoclinic.assessments.ui.imago;

import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;

/** The form for each kind of record. */
final class Forms {

    private Forms() {
    }

    static RecordForm<?> of(ImagoRecordKind kind, Couple couple) {
        return switch (kind) {
            case IMAGO_PROFILE -> new ProfileForm(couple);
            case WOUND_EXPLORATION -> new WoundForm(couple);
            case DIALOGUE -> new DialogueForm(couple);
            case BEHAVIOUR_CHANGE_REQUEST -> new RequestForm(couple);
            case POSITIVE_TRAITS -> new TraitsForm(couple);
            case CARING_BEHAVIOURS -> new CaringForm(couple);
            case APPRECIATIONS -> new AppreciationsForm(couple);
            case RELATIONSHIP_VISION -> new VisionForm(couple);
            case EXITS -> new ExitsForm(couple);
            case TEMPERATURE_READING -> new TemperatureForm(couple);
        };
    }

    /** A form filled from an earlier version, to revise it. */
    @SuppressWarnings("unchecked")
    static <T extends org.imagoclinic.assessments.ImagoContent> RecordForm<T> filled(Couple couple, T content) {
        RecordForm<T> form = (RecordForm<T>) of(content.kind(), couple);
        form.fill(content);
        return form;
    }
}
