package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.textfield.TextArea;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.clients.Couple;

/** Positive traits (re-imaging): the partner lists the other's positive traits. */
class TraitsForm extends RecordForm<PositiveTraits> {

    final TextArea traits = field("content.traits", ProfileForm.area("Your partner's positive traits (one per line)"));

    TraitsForm(Couple couple) {
        super(couple);
        traits.setMinHeight("10em");
        add(prompts("Re-imaging your partner", "\"What do you value in your partner? What did you see in them when you met?\"",
                "\"What do they do well, even when you are frustrated with them?\""), traits);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.POSITIVE_TRAITS;
    }

    @Override
    PositiveTraits content() {
        return new PositiveTraits(lines(traits.getValue()));
    }

    @Override
    void fill(PositiveTraits content) {
        traits.setValue(joinLines(content.traits()));
    }
}
