package org.imagoclinic.assessments.ui.measures;

import org.imagoclinic.assessments.ui.forms.MeasureForm;
import org.imagoclinic.shared.PlausibleDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.KioskLink;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureKiosk;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * Entering a measure for one partner: pick the partner, the instrument and the day, fill in the
 * form as printed and save; or open a one-time kiosk link for the partner to answer on the tablet.
 */
class EntrySection extends VerticalLayout {

    private static final DateTimeFormatter TIME = org.imagoclinic.shared.ui.components.ClinicFormat.TIME.formatter();

    private final UUID coupleId;
    private final MeasureAdministrations administrations;
    private final MeasureKiosk kiosk;
    private final Clock clock;
    private final Runnable onSaved;
    final Select<Partner> partner = new Select<>();
    final Select<Instrument> instrument = new Select<>();
    final DatePicker answeredOn = new DatePicker("Answered on");
    final Button save = new Button("Save the answers");
    private final Div formHolder = new Div();
    private final Div kioskHolder = new Div();
    private @Nullable MeasureForm form;

    EntrySection(UUID coupleId, List<Partner> partners, List<Instrument> instruments, MeasureAdministrations administrations,
                 MeasureKiosk kiosk, Clock clock, Runnable onSaved) {
        this.coupleId = coupleId;
        this.administrations = administrations;
        this.kiosk = kiosk;
        this.clock = clock;
        this.onSaved = onSaved;
        setPadding(false);
        partner.setLabel("Partner");
        partner.setItems(partners);
        partner.setItemLabelGenerator(Partner::displayName);
        partner.setPlaceholder("Who answers?");
        instrument.setLabel("Instrument");
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(Instrument::name);
        instrument.addValueChangeListener(change -> showForm());
        answeredOn.setValue(LocalDate.now(clock));
        answeredOn.setMin(PlausibleDates.earliest());
        answeredOn.setMax(LocalDate.now(clock));
        answeredOn.setMax(LocalDate.now(clock));
        Button kioskButton = new Button("Open a kiosk link", click -> openKiosk());
        kioskButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout choices = new HorizontalLayout(partner, instrument, answeredOn, kioskButton);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setVisible(false);
        formHolder.setWidthFull();
        add(new H4("Enter a measure"), choices, kioskHolder, formHolder, save);
    }

    @Nullable MeasureForm form() {
        return form;
    }

    private void showForm() {
        formHolder.removeAll();
        form = instrument.getValue() == null ? null : new MeasureForm(instrument.getValue());
        if (form != null) {
            formHolder.add(form);
        }
        save.setVisible(form != null);
    }

    private void save() {
        if (form == null) {
            return;
        }
        partner.setInvalid(false);
        answeredOn.setInvalid(false);
        Partner who = partner.getValue();
        try {
            Administration saved = administrations.record(coupleId, new AdministrationRequest(form.instrument().code(),
                    who == null ? null : who.personId(), answeredOn.getValue(), form.answers()));
            Show.saved("Saved for " + who.displayName() + ": " + saved.instrumentCode() + " score " + saved.score()
                    + (saved.clinicalRange() ? ", in the clinical range." : "."));
            instrument.clear();
            onSaved.run();
        } catch (InvalidInputException invalid) {
            showProblems(invalid.fieldErrors());
        }
    }

    private void showProblems(Map<String, String> problems) {
        if (form != null) {
            form.showProblems(problems);
        }
        mark(partner, problems.get("partnerId"));
        if (problems.containsKey("administeredOn")) {
            answeredOn.setInvalid(true);
            answeredOn.setErrorMessage(problems.get("administeredOn"));
        }
        long missing = problems.keySet().stream().filter(key -> key.startsWith("answers[")).count();
        Feedback.problem(missing > 0 ? "Not saved: " + missing + (missing == 1 ? " item needs" : " items need")
                + " an answer; see the marked items." : "Not saved: " + String.join(" ", problems.values()));
    }

    private void openKiosk() {
        kioskHolder.removeAll();
        partner.setInvalid(false);
        instrument.setInvalid(false);
        if (partner.getValue() == null || instrument.getValue() == null) {
            mark(partner, partner.getValue() == null ? "Choose the partner who will answer." : null);
            mark(instrument, instrument.getValue() == null ? "Choose the instrument." : null);
            return;
        }
        KioskLink link = kiosk.open(coupleId, partner.getValue().personId(), instrument.getValue().code());
        Anchor anchor = new Anchor(link.path(), "Open the form for " + partner.getValue().details().calledName());
        anchor.setTarget("_blank");
        anchor.setId("kiosk-link");
        kioskHolder.add(new Paragraph(anchor), Show.muted("Hand the tablet to " + partner.getValue().displayName()
                + ". The link works once, until " + TIME.format(link.expiresAt().atZone(clock.getZone()))
                + "; they will not see the score."));
    }

    private static void mark(Select<?> select, @Nullable String problem) {
        select.setInvalid(problem != null);
        select.setErrorMessage(problem);
    }
}
