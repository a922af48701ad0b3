package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.portal.PracticeEntry.GiftKept;
import org.imagoclinic.portal.PracticeEntry.TemperatureReadingParts;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * A partner's home practice log (phone first, one column): the daily temperature reading in its five
 * parts, caring behaviours given from their partner's list, an appreciation, the behaviour change they
 * give as a gift, minutes of dialogue practice, and what they logged this past week. Only they and their
 * therapist see it.
 */
@Route(value = "portal/practice", autoLayout = false)
@PageTitle("Home practice · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalPracticeView extends VerticalLayout implements BeforeEnterObserver {

    private final PortalSession session;
    private final HomePractice practice;
    private final Clock clock;
    private final DatePicker day = new DatePicker("Day");
    private final UnorderedList logged = new UnorderedList();

    PortalPracticeView(PortalSession session, HomePractice practice, Clock clock) {
        this.session = session;
        this.practice = practice;
        this.clock = clock;
        PortalPage.phoneFirst(this);
        day.setId("practice-day");
        logged.setId("practice-logged");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!PortalPage.partnerIn(session, event)) {
            return;
        }
        removeAll();
        LocalDate today = LocalDate.now(clock);
        day.setValue(today);
        day.setMax(today);
        day.setMin(today.minusDays(HomePractice.DAYS_BACK));
        HomePractice.Choices choices = practice.choices();
        add(PortalPage.homeLink(), new H1("Home practice"), new Paragraph("Only you and your therapist see what you log here."),
                day, temperatureReading(), caringBehaviours(choices.caringBehaviours()), appreciation(),
                gift(choices.gifts()), dialogue(), new H2("This past week"), logged);
        showLogged();
    }

    private Component temperatureReading() {
        TextArea appreciations = area("Appreciations", "practice-appreciations");
        TextArea newInformation = area("New information", "practice-new-information");
        TextArea puzzles = area("Puzzles and worries", "practice-puzzles");
        TextArea complaints = area("Complaints, each with a request", "practice-complaints");
        TextArea wishes = area("Wishes, hopes and dreams", "practice-wishes");
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("day", day, "appreciations", appreciations,
                "newInformation", newInformation, "puzzles", puzzles, "complaints", complaints));
        fields.put("wishes", wishes);
        Button save = save("Save temperature reading", "practice-save-reading", () -> practice.logTemperatureReading(
                day.getValue(), new TemperatureReadingParts(appreciations.getValue(), newInformation.getValue(),
                        puzzles.getValue(), complaints.getValue(), wishes.getValue())), fields,
                List.of(appreciations, newInformation, puzzles, complaints, wishes));
        return section("Temperature reading", appreciations, newInformation, puzzles, complaints, wishes, save);
    }

    private Component caringBehaviours(List<String> list) {
        if (list.isEmpty()) {
            return section("Caring behaviours", new Paragraph("Your therapist has not recorded your partner's list of "
                    + "caring behaviours yet."));
        }
        CheckboxGroup<String> given = new CheckboxGroup<>("What I gave today");
        given.setItems(list);
        given.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        given.setId("practice-caring");
        Button save = save("Save caring behaviours", "practice-save-caring",
                () -> practice.logCaringBehaviours(day.getValue(), List.copyOf(given.getValue())),
                Map.of("day", day, "given", given), List.of());
        save.addClickListener(click -> given.clear());
        return section("Caring behaviours", given, save);
    }

    private Component appreciation() {
        TextArea text = area("An appreciation I gave", "practice-appreciation");
        text.setMaxLength(InputLimits.LINE);
        return section("Appreciation", text, save("Save appreciation", "practice-save-appreciation",
                () -> practice.logAppreciation(day.getValue(), text.getValue()), Map.of("day", day, "appreciation", text),
                List.of(text)));
    }

    private Component gift(List<String> gifts) {
        if (gifts.isEmpty()) {
            return section("Behaviour change I give", new Paragraph("No behaviour change request to give yet: you "
                    + "choose one with your therapist."));
        }
        Select<String> request = new Select<>();
        request.setLabel("The request I give");
        request.setItems(gifts);
        request.setValue(gifts.getFirst());
        request.setWidthFull();
        RadioButtonGroup<GiftKept> kept = new RadioButtonGroup<>("Today I");
        kept.setItems(GiftKept.values());
        kept.setItemLabelGenerator(GiftKept::label);
        kept.setId("practice-kept");
        return section("Behaviour change I give", request, kept, save("Save", "practice-save-gift",
                () -> practice.logGift(day.getValue(), request.getValue(), kept.getValue()),
                Map.of("day", day, "request", request, "kept", kept), List.of()));
    }

    private Component dialogue() {
        IntegerField minutes = new IntegerField("Minutes of dialogue practice");
        minutes.setId("practice-minutes");
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setWidthFull();
        return section("Dialogue practice", minutes, save("Save dialogue practice", "practice-save-dialogue",
                () -> practice.logDialogue(day.getValue(), minutes.getValue() == null ? 0 : minutes.getValue()),
                Map.of("day", day, "minutes", minutes), List.of()));
    }

    private Button save(String label, String id, Runnable call, Map<String, ? extends HasValidation> fields,
                        List<TextArea> clearAfter) {
        Button button = new Button(label, click -> {
            if (Feedback.attempt(call, fields)) {
                Feedback.done("Saved.");
                clearAfter.forEach(TextArea::clear);
                showLogged();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void showLogged() {
        logged.removeAll();
        LocalDate today = LocalDate.now(clock);
        List<PracticeEntry> mine = practice.mine(today.minusDays(HomePractice.DAYS_BACK), today);
        if (mine.isEmpty()) {
            logged.add(new ListItem("Nothing logged yet."));
        }
        mine.forEach(entry -> logged.add(new ListItem(entry.day() + " · " + entry.summary())));
    }

    private static TextArea area(String label, String id) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(InputLimits.TEXT);
        return area;
    }

    private static VerticalLayout section(String title, Component... content) {
        VerticalLayout section = new VerticalLayout(new H2(title));
        section.add(content);
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }
}
