package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.validator.BeanValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.AlreadyTakenException;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;

/**
 * The form for a staff member's details, for adding and for changing. Each field is checked as it
 * is left, with the same rules (and messages) as the service; what the service still refuses on
 * save is shown next to its field too. Nothing typed is lost when a save is refused. The therapist
 * fields show only while a clinical role is ticked.
 */
class StaffForm extends Composite<VerticalLayout> {

    private final StaffDirectory directory;
    private final TextField title = new TextField("Title");
    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final TextField email = new TextField("Email");
    private final TextField phone = new TextField("Phone");
    private final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    private final TextField username = new TextField("User name");
    private final TextField credentials = new TextField("Credentials");
    private final TextField licenceNumber = new TextField("Licence number");
    private final TextField npi = new TextField("NPI (US only)");
    private final ComboBox<Discipline> discipline = new ComboBox<>("Discipline");
    private final CalendarColourField calendarColour = new CalendarColourField("Calendar colour");
    private final Checkbox underSupervision = new Checkbox("Works under supervision");
    private final ComboBox<StaffMember> supervisor = new ComboBox<>("Supervised by");
    private @Nullable UUID currentSupervisor;
    private boolean supervisorRequired;
    private final VerticalLayout therapistSection = new VerticalLayout();
    private final Paragraph formError = new Paragraph();
    private final Binder<StaffFormData> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private StaffFormData data = new StaffFormData();
    private boolean proposeUsername;

    StaffForm(StaffDirectory directory) {
        this.directory = directory;
        configureFields();
        bindFields();
        FormLayout person = new FormLayout(title, firstName, lastName, email, phone, username, roles);
        person.setColspan(roles, 2);
        therapistSection.setPadding(false);
        therapistSection.add(new H3("As a therapist"),
                new FormLayout(credentials, licenceNumber, npi, discipline, calendarColour, underSupervision, supervisor));
        formError.setId("form-error");
        formError.addClassName("form-error");
        formError.setVisible(false);
        getContent().setPadding(false);
        getContent().add(person, therapistSection, formError);
    }

    void focusFirstField() {
        title.focus();
    }

    /** Fills the form; the user name can be chosen only while the person has no sign-in account. */
    void edit(StaffFormData newData, boolean hasAccount) {
        data = newData;
        binder.readBean(data);
        username.setReadOnly(hasAccount);
        username.setHelperText(hasAccount ? "Their sign-in account has this user name for good"
                : "For signing in when they have a role; proposed from the name");
        proposeUsername = !hasAccount && data.getUsername().isBlank();
        therapistSection.setVisible(StaffMember.clinical(roles.getValue()));
        supervisor.setVisible(underSupervision.getValue());
        formError.setVisible(false);
    }

    /**
     * The supervisor shown for a member who has one, and the supervisors offered: every active supervisor
     * but the member.
     */
    void supervision(@Nullable UUID memberId, @Nullable UUID current) {
        currentSupervisor = current;
        supervisorRequired = memberId == null;
        List<StaffMember> offered = directory.activeSupervisors().stream()
                .filter(candidate -> !candidate.id().equals(memberId)).toList();
        supervisor.setItems(offered);
        supervisor.setValue(offered.stream().filter(candidate -> candidate.id().equals(current)).findFirst().orElse(null));
    }

    /** The supervisor chosen when it differs from the current one: to be assigned once the member is saved. */
    Optional<UUID> newSupervisor() {
        StaffMember chosen = supervisor.getValue();
        return !underSupervision.getValue() || !supervisor.isVisible() || chosen == null
                || chosen.id().equals(currentSupervisor) ? Optional.empty() : Optional.of(chosen.id());
    }

    /** The details if every field is valid; otherwise empty, with each problem shown next to its field. */
    Optional<StaffMemberDetails> validDetails() {
        formError.setVisible(false);
        boolean supervised = supervisorRequired && underSupervision.getValue() && therapistSection.isVisible();
        supervisor.setInvalid(supervised && supervisor.getValue() == null);
        supervisor.setErrorMessage("Choose who supervises them.");
        boolean valid = binder.writeBeanIfValid(data);
        return valid && !supervisor.isInvalid() ? Optional.of(data.toDetails()) : Optional.empty();
    }

    /** Shows why the service refused a save, next to the fields concerned or above the buttons. */
    void showRefusal(RuntimeException refusal) {
        Map<String, String> errors = switch (refusal) {
            case InvalidInputException invalid -> invalid.fieldErrors();
            case AlreadyTakenException taken -> Map.of(taken.field(), taken.getMessage());
            default -> Map.of("", refusal.getMessage());
        };
        errors.forEach((field, message) -> {
            HasValidation component = fieldsByName.get(field);
            if (component == null) {
                formError.setText(message);
                formError.setVisible(true);
            } else {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
    }

    private void configureFields() {
        title.setHelperText("Optional, e.g. Dr");
        title.setWidth("8em");
        List.of(firstName, lastName, email).forEach(field -> field.setRequiredIndicatorVisible(true));
        email.setHelperText("Also where the clinic reaches them");
        username.setHelperText("For signing in when they have a role; proposed from the name");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        roles.setHelperText("Someone with a role gets a sign-in account with a one-time password");
        roles.addValueChangeListener(change -> therapistSection.setVisible(StaffMember.clinical(change.getValue())));
        credentials.setPlaceholder("e.g. LMFT, Certified Imago Therapist");
        supervisor.setItemLabelGenerator(StaffMember::displayName);
        supervisor.setRequiredIndicatorVisible(true);
        supervisor.setHelperText("Co-signs their notes from today; a change ends the current supervision");
        supervisor.setVisible(false);
        underSupervision.addValueChangeListener(change -> {
            supervisor.setVisible(change.getValue());
            // asked for whoever is newly marked as supervised; one supervised before keeps the supervision they have
            supervisorRequired |= change.isFromClient() && change.getValue();
        });
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(Discipline::label);
        credentials.setRequiredIndicatorVisible(true);
        discipline.setRequiredIndicatorVisible(true);
        calendarColour.setRequiredIndicatorVisible(true);
        firstName.addValueChangeListener(change -> proposeUsername());
        lastName.addValueChangeListener(change -> proposeUsername());
        username.addValueChangeListener(change -> proposeUsername &= !change.isFromClient());
    }

    private void proposeUsername() {
        if (proposeUsername && !firstName.getValue().isBlank() && !lastName.getValue().isBlank()) {
            username.setValue(directory.suggestUsername(firstName.getValue(), lastName.getValue()));
        }
    }

    private void bindFields() {
        bind(title, "title", StaffFormData::getTitle, StaffFormData::setTitle);
        bind(firstName, "firstName", StaffFormData::getFirstName, StaffFormData::setFirstName);
        bind(lastName, "lastName", StaffFormData::getLastName, StaffFormData::setLastName);
        bind(email, "email", StaffFormData::getEmail, StaffFormData::setEmail);
        bind(phone, "phone", StaffFormData::getPhone, StaffFormData::setPhone);
        bind(username, "username", StaffFormData::getUsername, StaffFormData::setUsername);
        binder.forField(roles).bind(StaffFormData::getRoles, StaffFormData::setRoles);
        fieldsByName.put("roles", roles);
        bindTherapist(credentials, "credentials", StaffFormData::getCredentials, StaffFormData::setCredentials);
        bindTherapist(licenceNumber, "licenceNumber", StaffFormData::getLicenceNumber, StaffFormData::setLicenceNumber);
        bindTherapist(npi, "npi", StaffFormData::getNpi, StaffFormData::setNpi);
        bindTherapist(calendarColour, "calendarColour", StaffFormData::getCalendarColour,
                StaffFormData::setCalendarColour);
        binder.forField(discipline).withValidator(whenClinical(TherapistDetails.class, "discipline"))
                .bind(StaffFormData::getDiscipline, StaffFormData::setDiscipline);
        fieldsByName.put("therapist.discipline", discipline);
        binder.forField(underSupervision).bind(StaffFormData::isUnderSupervision, StaffFormData::setUnderSupervision);
        fieldsByName.put("therapist", credentials);
    }

    private <F extends com.vaadin.flow.component.AbstractField<?, String> & HasValidation> void bind(F field, String name,
            com.vaadin.flow.function.ValueProvider<StaffFormData, String> getter,
            com.vaadin.flow.data.binder.Setter<StaffFormData, String> setter) {
        binder.forField(field).withValidator(rule(StaffMemberDetails.class, name)).bind(getter, setter);
        fieldsByName.put(name, field);
    }

    private <F extends com.vaadin.flow.component.AbstractField<?, String> & HasValidation> void bindTherapist(F field,
            String name, com.vaadin.flow.function.ValueProvider<StaffFormData, String> getter,
            com.vaadin.flow.data.binder.Setter<StaffFormData, String> setter) {
        binder.forField(field).withValidator(whenClinical(TherapistDetails.class, name)).bind(getter, setter);
        fieldsByName.put("therapist." + name, field);
    }

    /** The bean-validation constraint of the API record's component, applied to the text as the record would hold it. */
    private static <T> Validator<T> rule(Class<?> record, String component) {
        BeanValidator constraints = new BeanValidator(record, component);
        return (value, context) -> constraints.apply(value instanceof String text && text.isBlank() ? null
                : value instanceof String text ? text.strip() : value, context);
    }

    private <T> Validator<T> whenClinical(Class<?> record, String component) {
        Validator<T> constraints = rule(record, component);
        return (value, context) -> StaffMember.clinical(roles.getValue()) ? constraints.apply(value, context)
                : ValidationResult.ok();
    }
}
