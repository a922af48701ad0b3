package org.imagoclinic.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.NewClosureDay;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ui.components.ClinicCalendar;
import org.imagoclinic.support.ClinicDefaults;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Booking through the calendar, browserless: click an empty slot, fill the dialog, see the entry. */
@ClinicIntegrationTest
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    Appointments appointments;
    @Autowired
    Bookings bookings;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    LocalDate monday;

    @BeforeEach
    void aClinicOfOurOwn() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        monday = TestClinic.mondayIn(2);
        TestAccounts.signIn(context, "frontdesk");
    }

    @SuppressWarnings("unchecked")
    private CalendarView openLeesWeek() {
        CalendarView view = navigate(CalendarView.class);
        ComboBox<CalendarScope> scope = $(ComboBox.class).withLabel("Calendar of").single();
        scope.setValue(scope.getListDataView().getItems().filter(item -> item.therapist() != null
                && item.therapist().staffId().equals(lee.staffId())).findFirst().orElseThrow());
        view.showDate(monday);
        return view;
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAnEmptySlotOpensTheBookingDialogAndBookingShowsTheSessionOnTheCalendar() {
        CalendarView view = openLeesWeek();

        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.SlotClickEvent(view.calendar(), true,
                monday.atTime(10, 0).toString()));
        BookingDialog dialog = $(BookingDialog.class).single();
        CoupleSummary summary = couples.find(CoupleQuery.byName(smiths.partnerA().details().lastName()), 0, 5).getFirst();
        ComboBox<CoupleSummary> couple = $(ComboBox.class, dialog).withLabel("Couple").single();
        couple.setValue(summary);
        ComboBox<Room> room = $(ComboBox.class, dialog).withLabel("Room").single();
        room.setValue(clinic.room());
        assertThat($(Div.class).withId("booking-check").single().getElement().getTextRecursively()).contains("Free: nothing clashes.");
        test($(Button.class).withId("book-session").single()).click();

        assertThat(view.calendar().getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Couple session: " + smiths.displayName());
            assertThat(entry.start()).isEqualTo(monday.atTime(10, 0));
            assertThat(entry.end()).isEqualTo(monday.atTime(11, 30));
            assertThat(entry.movable()).isTrue();
        });
        assertThat($(BookingDialog.class).all()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClosureDayIsShadedInEveryViewAndASessionThereIsBookedOnlyWhenAskedTo() {
        clinic.as("admin", () -> context.getBean(ClosureDays.class).add(new NewClosureDay("Bank holiday", monday, null)));
        try {
            CalendarView view = openLeesWeek();
            assertThat(view.calendar().getShades()).singleElement()
                    .isEqualTo(new ClinicCalendar.Shade(monday, monday, "Clinic closed: Bank holiday"));
            assertThat($(Paragraph.class).withId("calendar-closed").single().getText())
                    .isEqualTo("The clinic is closed: Bank holiday (Mon 28 Dec 2026).");

            ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.SlotClickEvent(view.calendar(), true,
                    monday.atTime(10, 0).toString()));
            BookingDialog dialog = $(BookingDialog.class).single();
            $(ComboBox.class, dialog).withLabel("Couple").single().setValue(couples.find(
                    CoupleQuery.byName(smiths.partnerA().details().lastName()), 0, 5).getFirst());
            $(ComboBox.class, dialog).withLabel("Room").single().setValue(clinic.room());
            assertThat($(Paragraph.class).withId("booking-closure-warning").single().getText())
                    .startsWith("The clinic is closed on Bank holiday (Mon 28 Dec 2026).");
            test($(Button.class).withId("book-session").single()).click();
            assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).as("not yet").isEmpty();

            $(Checkbox.class).withId("booking-closure-anyway").single().setValue(true);
            test($(Button.class).withId("book-session").single()).click();
            assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).hasSize(1);

            view.showDate(monday);
            $(Select.class).withLabel("Show").single().setValue(CalendarView.Period.DAY_BY_THERAPIST);
            assertThat(view.sheet().hasClassName("day-sheet-closed")).isTrue();
        } finally {
            ClinicDefaults.restore(context);
        }
    }

    @Test
    void aSessionOutsideTheClinicsDayWidensTheGridInsteadOfHidingAndAnOrdinaryWeekGoesBack() {
        bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.plusDays(2).atTime(21, 30))
                .withOverride("Evening session entered afterwards"));
        CalendarView view = openLeesWeek();

        assertThat(view.calendar().getEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.end()).isEqualTo(monday.plusDays(2).atTime(23, 0)));
        assertThat(view.calendar().getElement().getProperty("options"))
                .contains("\"slotMinTime\":\"07:00:00\"").contains("\"slotMaxTime\":\"23:00:00\"")
                .as("a month's columns are headed by the weekday alone")
                .contains("\"views\":{\"dayGridMonth\":{\"dayHeaderFormat\":{\"weekday\":\"short\"}}}");

        view.showDate(monday.plusWeeks(1));
        assertThat(view.calendar().getElement().getProperty("options")).contains("\"slotMaxTime\":\"21:00:00\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDialogShowsAClashBeforeSavingAndKeepsEveryFieldWhenItCantBook() {
        Couple other = clinic.couple(lee.staffId());
        bookings.book(BookingRequest.joint(other.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0)));
        CalendarView view = openLeesWeek();

        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.SlotClickEvent(view.calendar(), true,
                monday.atTime(11, 0).toString()));
        BookingDialog dialog = $(BookingDialog.class).single();
        CoupleSummary summary = couples.find(CoupleQuery.byName(smiths.partnerA().details().lastName()), 0, 5).getFirst();
        ComboBox<CoupleSummary> couple = $(ComboBox.class, dialog).withLabel("Couple").single();
        couple.setValue(summary);
        ComboBox<Room> room = $(ComboBox.class, dialog).withLabel("Room").single();
        room.setValue(clinic.room());

        assertThat($(Div.class).withId("booking-check").single().getElement().getTextRecursively()).contains("This clashes:")
                .contains("already has " + other.displayName() + " 10:00–11:30");
        test($(Button.class).withId("book-session").single()).click();

        assertThat($(BookingDialog.class).all()).hasSize(1);
        assertThat(couple.getValue()).isEqualTo(summary);
        assertThat(room.getValue()).isEqualTo(clinic.room());
        assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).isEmpty();
        assertThat(view.calendar().getEntries()).hasSize(1);
    }

    @Test
    void draggingASessionMovesItWithTheSameChecks() {
        var booked = bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(),
                monday.atTime(10, 0))).first();
        CalendarView view = openLeesWeek();

        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.EntryMoveEvent(view.calendar(), true,
                booked.id().toString(), monday.atTime(22, 0).toString(), monday.atTime(23, 30).toString()));
        assertThat(view.calendar().getEntries().getFirst().start()).isEqualTo(monday.atTime(10, 0));

        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.EntryMoveEvent(view.calendar(), true,
                booked.id().toString(), monday.plusDays(1).atTime(15, 0).toString(),
                monday.plusDays(1).atTime(16, 30).toString()));
        assertThat(view.calendar().getEntries().getFirst().start()).isEqualTo(monday.plusDays(1).atTime(15, 0));
        assertThat(appointments.movesOf(booked.id())).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDayWithTherapistsSideBySideGivesEachTheirOwnColumnAndBooksTheColumnsTherapist() {
        TestStaff okafor = clinic.therapist();
        Couple browns = clinic.couple(okafor.staffId());
        bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0)));
        bookings.book(BookingRequest.joint(browns.id(), okafor.staffId(), clinic.room().id(), monday.atTime(12, 0)));
        CalendarView view = navigate(CalendarView.class);
        ComboBox<CalendarScope> scope = $(ComboBox.class).withLabel("Calendar of").single();
        scope.setValue(CalendarScope.wholeClinic());
        com.vaadin.flow.component.select.Select<CalendarView.Period> shown =
                $(com.vaadin.flow.component.select.Select.class).withLabel("Show").single();
        shown.setValue(CalendarView.Period.DAY_BY_THERAPIST);
        view.showDate(monday);

        String sheet = view.sheet().getElement().getTextRecursively();
        assertThat(sheet).contains(smiths.displayName() + "10:00–11:30 · Couple session")
                .contains(browns.displayName() + "12:00–13:30 · Couple session");
        assertThat(view.calendar().isVisible()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("calendar-period").single().getText())
                .isEqualTo(Show.day(monday));

        com.vaadin.flow.component.html.Div okaforsColumn = $(com.vaadin.flow.component.html.Div.class)
                .withClassName("day-sheet-column").all().stream()
                .filter(column -> okafor.staffId().toString().equals(column.getElement().getAttribute("data-therapist")))
                .findFirst().orElseThrow();
        tools.jackson.databind.node.ObjectNode click = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        click.put("event.offsetY", 8 * DaySheet.HOUR_HEIGHT + DaySheet.HOUR_HEIGHT / 2 + 3);
        click.put("event.target === element", true);
        okaforsColumn.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(okaforsColumn.getElement(), "click", click));
        BookingDialog dialog = $(BookingDialog.class).single();
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class, dialog).withLabel("Therapist").single().getValue())
                .satisfies(therapist -> assertThat(therapist.toString()).contains(okafor.staffId().toString()));
        assertThat($(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, dialog).first().getValue())
                .isEqualTo(monday.atTime(15, 30));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whoseCalendarAndWhichPeriodAreKeptWhenTheUserComesBackFromAnotherPage() {
        openLeesWeek();
        $(com.vaadin.flow.component.select.Select.class).withLabel("Show").single().setValue(CalendarView.Period.DAY);

        navigate(TodayView.class);
        CalendarView again = navigate(CalendarView.class);

        ComboBox<CalendarScope> scope = $(ComboBox.class).withLabel("Calendar of").single();
        assertThat(scope.getValue().therapistId()).isEqualTo(lee.staffId());
        assertThat(again.calendar().getView()).isEqualTo(ClinicCalendar.View.DAY);
        assertThat(again.calendar().getElement().getProperty("options")).contains("\"locale\":\"en-GB\"");
    }
}
