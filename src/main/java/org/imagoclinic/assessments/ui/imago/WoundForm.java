package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.textfield.TextArea;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.clients.Couple;

/** A childhood wound exploration: what the partner shared, and the link they drew to today. */
class WoundForm extends RecordForm<WoundExploration> {

    final TextArea narrative = field("content.narrative", ProfileForm.area("What the partner shared"));
    final TextArea presentLink = ProfileForm.area("The link to present frustrations, as the partner drew it");

    WoundForm(Couple couple) {
        super(couple);
        narrative.setMinHeight("10em");
        add(prompts("Exploring a childhood wound", "\"When you feel that way with your partner, when have you felt it before?\"",
                "\"What did you need then that you did not get?\"", "\"How does that show up between you today?\""),
                narrative, presentLink);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.WOUND_EXPLORATION;
    }

    @Override
    WoundExploration content() {
        return new WoundExploration(narrative.getValue(), orNull(presentLink.getValue()));
    }

    @Override
    void fill(WoundExploration wound) {
        narrative.setValue(text(wound.narrative()));
        presentLink.setValue(text(wound.presentLink()));
    }
}
