package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.internal.RegistrationRules;
import org.imagoclinic.shared.TypedDay;
import org.jspecify.annotations.Nullable;

/**
 * One partner's names and contacts, validated field by field with the same rules the service
 * applies, so that a message appears next to the field as soon as it is left.
 */
class PartnerForm extends FormLayout {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField preferredName = new TextField("Preferred name");
    final TextField pronouns = new TextField("Pronouns");
    final TextField dateOfBirth = new TextField("Date of birth");
    final TextField email = new TextField("Email");
    final TextField phone = new TextField("Phone");
    final TextArea address = new TextArea("Address");
    final TextField contactName = new TextField("Emergency contact");
    final TextField contactPhone = new TextField("Emergency contact's phone");
    final TextField contactRelationship = new TextField("Relationship to them");

    private final Binder<PartnerDraft> binder = new Binder<>();
    private Binder.Binding<PartnerDraft, String> emailBinding;
    private final transient Clock clock;
    private final transient TypedDay typedDay = TypedDay.dayFirst(dayFirst());

    PartnerForm(Clock clock) {
        this.clock = clock;
        preferredName.setHelperText("What they like to be called");
        pronouns.setPlaceholder("e.g. she/her");
        email.setHelperText("An email address or a phone number is needed");
        dateOfBirth.setHelperText(typedDay.expected());
        dateOfBirth.setPlaceholder(typedDay.placeholder());
        // once read, the day shows in the clinic's own style: 3/14/1986 becomes 14/03/1986, so the reading is seen
        dateOfBirth.addValueChangeListener(change -> typedDay.read(change.getValue())
                .flatMap(TypedDay.Reading::day).map(typedDay::format)
                .filter(shown -> !shown.equals(change.getValue())).ifPresent(dateOfBirth::setValue));
        contactRelationship.setPlaceholder("e.g. sister");
        bind();
        binder.setBean(new PartnerDraft());
        phone.addValueChangeListener(change -> {
            if (!email.isEmpty() || !phone.isEmpty()) {
                emailBinding.validate();
            }
        });
        add(firstName, lastName, preferredName, pronouns, dateOfBirth, email, phone, address, contactName, contactPhone,
                contactRelationship);
        setColspan(address, 2);
    }

    private void bind() {
        binder.forField(firstName).asRequired("Enter the first name.")
                .withValidator(rule(value -> RegistrationRules.nameProblem(value, "first name")))
                .bind(PartnerDraft::getFirstName, PartnerDraft::setFirstName);
        binder.forField(lastName).asRequired("Enter the last name.")
                .withValidator(rule(value -> RegistrationRules.nameProblem(value, "last name")))
                .bind(PartnerDraft::getLastName, PartnerDraft::setLastName);
        binder.forField(preferredName).bind(PartnerDraft::getPreferredName, PartnerDraft::setPreferredName);
        binder.forField(pronouns).bind(PartnerDraft::getPronouns, PartnerDraft::setPronouns);
        binder.forField(dateOfBirth).asRequired("Enter the date of birth.")
                .withConverter(Converter.from(this::readDay, day -> day == null ? "" : typedDay.format(day)))
                .withValidator(rule(value -> RegistrationRules.dateOfBirthProblem(value, LocalDate.now(clock))))
                .bind(PartnerDraft::getDateOfBirth, PartnerDraft::setDateOfBirth);
        emailBinding = binder.forField(email)
                .withValidator(rule(RegistrationRules::emailProblem))
                .withValidator(rule(value -> (value == null || value.isBlank()) && phone.getValue().isBlank()
                        ? Optional.of("Enter an email address or a phone number, so the clinic can reach them.")
                        : Optional.empty()))
                .bind(PartnerDraft::getEmail, PartnerDraft::setEmail);
        binder.forField(phone).withValidator(rule(RegistrationRules::phoneProblem))
                .bind(PartnerDraft::getPhone, PartnerDraft::setPhone);
        binder.forField(address).bind(PartnerDraft::getAddress, PartnerDraft::setAddress);
        binder.forField(contactName).bind(PartnerDraft::getContactName, PartnerDraft::setContactName);
        binder.forField(contactPhone)
                .withValidator(rule(value -> !contactName.getValue().isBlank() && (value == null || value.isBlank())
                        ? Optional.of("Enter the emergency contact's phone number.")
                        : RegistrationRules.phoneProblem(value)))
                .bind(PartnerDraft::getContactPhone, PartnerDraft::setContactPhone);
        binder.forField(contactRelationship)
                .bind(PartnerDraft::getContactRelationship, PartnerDraft::setContactRelationship);
    }

    private Result<LocalDate> readDay(String text) {
        return typedDay.read(text).map(reading -> reading.day().map(Result::ok)
                        .orElseGet(() -> Result.error(reading.problem().orElseThrow())))
                .orElseGet(() -> Result.ok(null));
    }

    /** Whether the clinic's locale writes the day before the month (en-GB does, en-US does not). */
    private static boolean dayFirst() {
        Locale locale = UI.getCurrent() == null ? Locale.UK : UI.getCurrent().getLocale();
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return pattern.indexOf('d') < pattern.indexOf('M');
    }

    /** Validates every field, showing each message next to its field. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The details as entered (validate first). */
    PartnerDetails details() {
        return binder.getBean().toDetails();
    }

    void setDetails(PartnerDetails details) {
        binder.setBean(PartnerDraft.of(details));
    }

    /** The fields by the name a service uses for them. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("preferredName", preferredName);
        fields.put("pronouns", pronouns);
        fields.put("dateOfBirth", dateOfBirth);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("address", address);
        fields.put("emergencyContact.name", contactName);
        fields.put("emergencyContact.phone", contactPhone);
        return fields;
    }

    static <T> Validator<T> rule(Function<@Nullable T, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
