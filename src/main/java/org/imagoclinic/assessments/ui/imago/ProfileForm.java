package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoProfile.Caregiver;
import org.imagoclinic.assessments.ImagoProfile.StressTendency;
import org.imagoclinic.assessments.ImagoProfile.Trait;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.shared.InputLimits;
import org.jspecify.annotations.Nullable;

/** One partner's Imago profile (the workup), with the "unfinished business" statement assembled from it. */
class ProfileForm extends RecordForm<ImagoProfile> {

    private static final String STRONGEST = "*";

    final Rows<Caregiver> caregivers;
    final TextArea wantedMost = field("content.wantedMost", area("What I wanted most as a child and did not get"));
    final TextArea feelings = field("content.childhoodFeelings", area("The negative feelings I had over and over as a child"));
    final TextArea reactions = field("content.reactions", area("How I reacted to those feelings"));
    final TextArea partnerPositive = area("My partner's positive traits (one per line)");
    final TextArea partnerNegative = area("My partner's negative traits (one per line)");
    final RadioButtonGroup<StressTendency> tendency = new RadioButtonGroup<>("Under stress I tend to be a…");
    final TextArea statement = field("content.unfinishedBusiness", area("Unfinished business"));

    ProfileForm(Couple couple) {
        super(couple);
        caregivers = rows("content.caregivers", new Rows<>("Childhood caregivers, as the child experienced them",
                "Add a caregiver", () -> new CaregiverRow(null), CaregiverRow::new));
        tendency.setItems(StressTendency.values());
        tendency.setItemLabelGenerator(StressTendency::label);
        statement.setHelperText("Links the childhood frustrations to the present ones. Assembled from the workup; "
                + "edit it into the partner's own words.");
        Button assemble = new Button("Assemble from the workup", click -> statement.setValue(content().assembledStatement()));
        assemble.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(prompts("The Imago workup", "Think of the people who raised you. What were they like at their best? At their worst?",
                        "Mark the strongest traits with a * at the start of the line.",
                        "What did you want most as a child and not get? What did you feel, and what did you do?",
                        "What is your partner like at their best, and at their worst?"),
                caregivers, wantedMost, feelings, reactions, new HorizontalLayout(partnerPositive, partnerNegative), tendency,
                statement, assemble);
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.IMAGO_PROFILE;
    }

    @Override
    ImagoProfile content() {
        return new ImagoProfile(caregivers.items(), wantedMost.getValue(), feelings.getValue(), reactions.getValue(),
                lines(partnerPositive.getValue()), lines(partnerNegative.getValue()), tendency.getValue(),
                orNull(statement.getValue()));
    }

    @Override
    void fill(ImagoProfile profile) {
        caregivers.fill(profile.caregivers());
        wantedMost.setValue(text(profile.wantedMost()));
        feelings.setValue(text(profile.childhoodFeelings()));
        reactions.setValue(text(profile.reactions()));
        partnerPositive.setValue(joinLines(profile.partnerPositiveTraits()));
        partnerNegative.setValue(joinLines(profile.partnerNegativeTraits()));
        tendency.setValue(profile.tendency());
        statement.setValue(text(profile.unfinishedBusiness()));
    }

    static TextArea area(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(InputLimits.TEXT);
        area.setWidthFull();
        return area;
    }

    static List<Trait> traits(String value) {
        return lines(value).stream().map(line -> line.startsWith(STRONGEST)
                ? new Trait(line.substring(1).trim(), true) : new Trait(line, false)).toList();
    }

    static String traitLines(List<Trait> traits) {
        return joinLines(traits.stream().map(trait -> (trait.strongest() ? STRONGEST : "") + trait.text()).toList());
    }

    /** A caregiver: who they were, and their traits (the strongest marked with *). */
    static final class CaregiverRow implements Rows.Row<Caregiver> {

        final TextField label = new TextField("Caregiver");
        final TextArea positive = new TextArea("Positive traits (one per line)");
        final TextArea negative = new TextArea("Negative traits (one per line)");

        CaregiverRow(@Nullable Caregiver caregiver) {
            label.setMaxLength(InputLimits.NAME);
            label.setPlaceholder("mother, father, grandmother…");
            if (caregiver != null) {
                label.setValue(caregiver.label());
                positive.setValue(traitLines(caregiver.positiveTraits()));
                negative.setValue(traitLines(caregiver.negativeTraits()));
            }
        }

        @Override
        public Component component() {
            return new HorizontalLayout(label, positive, negative);
        }

        @Override
        public Caregiver item() {
            return new Caregiver(label.getValue().trim(), traits(positive.getValue()), traits(negative.getValue()));
        }

        @Override
        public boolean empty() {
            return label.isEmpty() && positive.isEmpty() && negative.isEmpty();
        }

        @Override
        public Map<String, HasValidation> fields() {
            return Map.of("label", label, "positiveTraits", positive, "negativeTraits", negative);
        }
    }
}
