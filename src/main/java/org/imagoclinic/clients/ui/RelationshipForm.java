package org.imagoclinic.clients.ui;

import static org.imagoclinic.clients.ui.PartnerForm.rule;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.RelationshipStatus;
import org.jspecify.annotations.Nullable;

/** The relationship as registered: status, since when, children, referral and the confidentiality policy. */
class RelationshipForm extends FormLayout {

    final Select<RelationshipStatus> status = new Select<>();
    final IntegerField sinceYear = new IntegerField("Together since (year)");
    final Select<Month> sinceMonth = new Select<>();
    final IntegerField childrenCount = new IntegerField("Children");
    final TextField childrenAges = new TextField("Children's ages");
    final TextField referralSource = new TextField("Referred by");
    final RadioButtonGroup<ConfidentialityPolicy> policy = new RadioButtonGroup<>("Confidentiality policy");

    private final Binder<RelationshipForm> binder = new Binder<>();
    private final transient Clock clock;

    RelationshipForm(Clock clock) {
        this.clock = clock;
        status.setLabel("Relationship status");
        status.setItems(RelationshipStatus.values());
        status.setItemLabelGenerator(RelationshipStatus::label);
        sinceMonth.setLabel("Month");
        sinceMonth.setItems(Month.values());
        sinceMonth.setItemLabelGenerator(month -> month == null ? "Not known" : month.getDisplayName(TextStyle.FULL, org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale()));
        sinceMonth.setEmptySelectionAllowed(true);
        childrenCount.setMin(0);
        childrenCount.setStepButtonsVisible(true);
        childrenAges.setPlaceholder("e.g. 4, 7");
        childrenAges.setHelperText("Ages in years, separated by commas");
        referralSource.setPlaceholder("e.g. GP, a friend, the website");
        policy.setItems(ConfidentialityPolicy.values());
        policy.setItemLabelGenerator(item -> item.label() + ": " + item.explanation());
        bind();
        add(status, referralSource, sinceYear, sinceMonth, childrenCount, childrenAges, policy);
        setColspan(policy, 2);
    }

    /** The binder only validates the fields, next to each; {@link #relationship()} reads their values. */
    private void bind() {
        binder.forField(status).asRequired("Choose the relationship status.").bind(form -> null, (form, value) -> { });
        binder.forField(policy).asRequired("Choose the confidentiality policy agreed with the couple.")
                .bind(form -> null, (form, value) -> { });
        binder.forField(sinceYear).withValidator(rule(year -> {
            if (year == null) {
                return sinceMonth.isEmpty() ? Optional.empty() : Optional.of("Enter the year too.");
            }
            int now = YearMonth.now(clock).getYear();
            return year > now || year < now - 120 ? Optional.of("Enter a year between " + (now - 120) + " and " + now + ".")
                    : Optional.empty();
        })).bind(form -> null, (form, value) -> { });
        binder.forField(childrenCount).withValidator(rule(count -> count != null && (count < 0 || count > 30)
                ? Optional.of("Enter a number of children between 0 and 30.") : Optional.empty()))
                .bind(form -> null, (form, value) -> { });
        binder.forField(childrenAges).withValidator(rule(text -> ages(text).isEmpty()
                ? Optional.of("Give ages as whole numbers separated by commas, e.g. 4, 7.") : Optional.empty()))
                .bind(form -> null, (form, value) -> { });
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    Relationship relationship() {
        YearMonth since = sinceYear.getValue() == null ? null
                : YearMonth.of(sinceYear.getValue(), sinceMonth.isEmpty() ? Month.JANUARY : sinceMonth.getValue());
        return new Relationship(status.getValue(), since, childrenCount.getValue(),
                ages(childrenAges.getValue()).orElse(List.of()), blankToNull(referralSource.getValue()), policy.getValue(),
                !sinceMonth.isEmpty());
    }

    void setRelationship(Relationship relationship) {
        status.setValue(relationship.status());
        if (relationship.togetherSince() != null) {
            sinceYear.setValue(relationship.togetherSince().getYear());
            sinceMonth.setValue(relationship.togetherSinceMonthKnown() ? relationship.togetherSince().getMonth() : null);
        }
        childrenCount.setValue(relationship.childrenCount());
        childrenAges.setValue(String.join(", ", relationship.childrenAges().stream().map(String::valueOf).toList()));
        referralSource.setValue(relationship.referralSource() == null ? "" : relationship.referralSource());
        policy.setValue(relationship.confidentialityPolicy());
        // agreed at registration; changing it is the care team's, with both partners' consent (ADR 0028)
        policy.setReadOnly(true);
        policy.setHelperText("Agreed at registration. The couple's therapist changes it with both partners' consent.");
    }

    Map<String, HasValidation> fields() {
        return Map.of("status", status, "togetherSince", sinceYear, "childrenCount", childrenCount,
                "childrenAges", childrenAges, "referralSource", referralSource, "confidentialityPolicy", policy);
    }

    /** The ages typed, or empty when they are not whole numbers. */
    static Optional<List<Integer>> ages(@Nullable String text) {
        List<Integer> ages = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return Optional.of(ages);
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ages.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.of(ages);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
