package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.textfield.TextArea;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.TemperatureReading;
import org.imagoclinic.clients.Couple;

/** A daily temperature reading, in its five parts. */
class TemperatureForm extends RecordForm<TemperatureReading> {

    final TextArea appreciations = field("content.appreciations", ProfileForm.area("1. Appreciations"));
    final TextArea newInformation = ProfileForm.area("2. New information");
    final TextArea puzzles = ProfileForm.area("3. Puzzles and worries");
    final TextArea complaints = ProfileForm.area("4. Complaints, each with a recommendation");
    final TextArea wishes = ProfileForm.area("5. Wishes, hopes and dreams");

    TemperatureForm(Couple couple) {
        super(couple);
        add(prompts("Daily temperature reading (Satir)", "\"Something I appreciate about you today is…\"",
                "\"Something you might not know yet is…\"", "\"Something I'm puzzled or worried about is…\"",
                "\"Something that bothers me is…, and what I'd like instead is…\"", "\"Something I wish for us is…\""),
                appreciations, newInformation, puzzles, complaints, wishes);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.TEMPERATURE_READING;
    }

    @Override
    TemperatureReading content() {
        return new TemperatureReading(orNull(appreciations.getValue()), orNull(newInformation.getValue()),
                orNull(puzzles.getValue()), orNull(complaints.getValue()), orNull(wishes.getValue()));
    }

    @Override
    void fill(TemperatureReading reading) {
        appreciations.setValue(text(reading.appreciations()));
        newInformation.setValue(text(reading.newInformation()));
        puzzles.setValue(text(reading.puzzles()));
        complaints.setValue(text(reading.complaints()));
        wishes.setValue(text(reading.wishes()));
    }
}
