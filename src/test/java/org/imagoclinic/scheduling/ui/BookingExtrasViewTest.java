package org.imagoclinic.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ui.components.ClinicCalendar;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless: a second therapist in the booking dialog, "Book anyway" and "Move anyway" outside working
 * hours, and workshops over two days with their enrolment list, as the front desk uses them.
 */
@ClinicIntegrationTest
class BookingExtrasViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    Appointments appointments;
    @Autowired
    Bookings bookings;
    @Autowired
    TherapistProfiles profiles;

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

    @SuppressWarnings("unchecked")
    private BookingDialog clickSlotAndChooseSmiths(CalendarView view, int hour) {
        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.SlotClickEvent(view.calendar(), true,
                monday.atTime(hour, 0).toString()));
        BookingDialog dialog = $(BookingDialog.class).single();
        CoupleSummary summary = couples.find(CoupleQuery.byName(smiths.partnerA().details().lastName()), 0, 5).getFirst();
        $(ComboBox.class, dialog).withLabel("Couple").single().setValue(summary);
        $(ComboBox.class, dialog).withLabel("Room").single().setValue(clinic.room());
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private void chooseSecondTherapist(BookingDialog dialog, TestStaff who) {
        ComboBox<TherapistProfile> second = $(ComboBox.class, dialog).withLabel("Second therapist (optional)").single();
        second.setValue(second.getListDataView().getItems().filter(p -> p.staffId().equals(who.staffId()))
                .findFirst().orElseThrow());
    }

    private String findings() {
        return $(Div.class).withId("booking-check").single().getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFrontDeskIsNeverOfferedAsTherapistAndTheCouplesOwnTherapistIsFilledIn() {
        navigate(CalendarView.class);
        test($(Button.class).withText("Book a session").single()).click();
        BookingDialog dialog = $(BookingDialog.class).single();
        ComboBox<TherapistProfile> therapist = $(ComboBox.class, dialog).withLabel("Therapist").single();
        assertThat(therapist.getValue()).as("the front desk is not a therapist").isNull();

        CoupleSummary summary = couples.find(CoupleQuery.byName(smiths.partnerA().details().lastName()), 0, 5).getFirst();
        $(ComboBox.class, dialog).withLabel("Couple").single().setValue(summary);

        assertThat(therapist.getValue().staffId()).isEqualTo(lee.staffId());
    }

    @Test
    void theDialogTakesASecondTherapistAndShowsTheirClashBeforeSaving() {
        TestStaff okafor = clinic.therapist();
        TestStaff patel = clinic.therapist();
        bookings.book(BookingRequest.joint(clinic.couple(okafor.staffId()).id(), okafor.staffId(),
                clinic.anotherRoom(4).id(), monday.atTime(10, 0)));
        BookingDialog dialog = clickSlotAndChooseSmiths(openLeesWeek(), 10);

        chooseSecondTherapist(dialog, okafor);
        assertThat(findings()).contains("This clashes:").contains(profiles.of(okafor.staffId()).name() + " already has");

        chooseSecondTherapist(dialog, patel);
        assertThat(findings()).contains("Free: nothing clashes.");
        test($(Button.class).withId("book-session").single()).click();

        assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).singleElement()
                .satisfies(booked -> assertThat(booked.therapistIds()).containsExactly(lee.staffId(), patel.staffId()));
    }

    @Test
    void outsideWorkingHoursTheFrontDeskMayBookAnywayOnlyWithAReason() {
        BookingDialog dialog = clickSlotAndChooseSmiths(openLeesWeek(), 20);
        Button book = $(Button.class).withId("book-session").single();
        TextField reason = $(TextField.class, dialog).withLabel("Reason to book outside working hours").single();

        assertThat(findings()).contains("Before you book:").contains("is outside those hours");
        assertThat(book.getText()).isEqualTo("Book anyway");
        test(book).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Give a reason");
        assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).isEmpty();

        test(reason).setValue("The only evening both can come");
        test(book).click();

        assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).singleElement()
                .satisfies(booked -> assertThat(booked.hoursOverrideReason()).isEqualTo("The only evening both can come"));
    }

    @Test
    void draggingOutsideWorkingHoursOffersTheFrontDeskMoveAnywayWithAReason() {
        Appointment booked = bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(),
                monday.atTime(10, 0))).first();
        CalendarView view = openLeesWeek();

        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.EntryMoveEvent(view.calendar(), true,
                booked.id().toString(), monday.atTime(20, 0).toString(), monday.atTime(21, 30).toString()));
        OverrideDialog offer = $(OverrideDialog.class).single();
        assertThat(offer.getElement().getTextRecursively()).contains("is outside those hours");
        Button anyway = $(Button.class).withId("override-anyway").single();
        test(anyway).click();
        assertThat($(TextField.class, offer).withLabel("Reason for the exception").single().isInvalid()).isTrue();
        assertThat(appointments.get(booked.id()).start()).isEqualTo(monday.atTime(10, 0));

        test($(TextField.class, offer).withLabel("Reason for the exception").single()).setValue("Partner's shift changed");
        test(anyway).click();

        assertThat(appointments.get(booked.id()).start()).isEqualTo(monday.atTime(20, 0));
        assertThat(appointments.movesOf(booked.id())).hasSize(1);
        assertThat(view.calendar().getEntries().getFirst().start()).isEqualTo(monday.atTime(20, 0));
        assertThat($(OverrideDialog.class).all()).isEmpty();
    }

    @Test
    void aTherapistDraggingOutsideTheirHoursIsToldWhyAndOfferedNoOverride() {
        Appointment booked = bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(),
                monday.atTime(10, 0))).first();
        TestAccounts.signIn(context, lee.username());
        CalendarView view = openLeesWeek();

        ComponentUtil.fireEvent(view.calendar(), new ClinicCalendar.EntryMoveEvent(view.calendar(), true,
                booked.id().toString(), monday.atTime(20, 0).toString(), monday.atTime(21, 30).toString()));

        assertThat($(OverrideDialog.class).all()).isEmpty();
        assertThat($(Notification.class).all()).anySatisfy(notification ->
                assertThat(test(notification).getText()).contains("is outside those hours"));
        assertThat(appointments.get(booked.id()).start()).isEqualTo(monday.atTime(10, 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFrontDeskPlansATwoDayWorkshopAndEnrolsCouplesUpToItsPlaces() {
        TestStaff okafor = clinic.therapist();
        Room hall = clinic.anotherRoom(40);
        LocalDate saturday = monday.plusDays(5);
        String title = "Getting the Love You Want " + UUID.randomUUID().toString().substring(0, 6);
        WorkshopsView view = navigate(WorkshopsView.class);

        test($(Button.class).withId("new-workshop").single()).click();
        BookingDialog dialog = $(BookingDialog.class).single();
        test($(TextField.class, dialog).withLabel("Workshop title").single()).setValue(title);
        test($(IntegerField.class, dialog).withLabel("Couples").single()).setValue(1);
        ComboBox<TherapistProfile> therapist = $(ComboBox.class, dialog).withLabel("Therapist").single();
        therapist.setValue(profiles.of(lee.staffId()));
        chooseSecondTherapist(dialog, okafor);
        $(ComboBox.class, dialog).withLabel("Room").single().setValue(hall);
        test($(DateTimePicker.class, dialog).withCaption("Start").single()).setValue(saturday.atTime(9, 0));
        test($(IntegerField.class, dialog).withLabel("Minutes").single()).setValue(480);
        test($(Select.class, dialog).withLabel("Repeat").single()).selectItem("Every day");
        assertThat($(IntegerField.class, dialog).withLabel("Days").single().getValue()).isEqualTo(2);
        test($(Button.class).withId("book-session").single()).click();

        Grid<WorkshopsView.Listed> grid = $(Grid.class).single();
        int row = rowOf(grid, title);
        assertThat(test(grid).getCellText(row, 0)).contains("(2 days)");
        assertThat(test(grid).getCellText(row, 4)).isEqualTo("1 of 1");
        test((Button) test(grid).getCellComponent(row, 5)).click();

        ComboBox<CoupleSummary> couple = $(ComboBox.class).withLabel("Enrol a couple").single();
        couple.setValue(couples.find(CoupleQuery.byName(smiths.partnerA().details().lastName()), 0, 5).getFirst());
        test($(Button.class).withId("enrol-couple").single()).click();
        assertThat($(Span.class).withId("workshop-places").single().getText()).isEqualTo("1 of 1 places taken · full");
        assertThat($(Div.class).withId("workshop-enrolled").single().getElement().getTextRecursively())
                .contains(smiths.displayName());

        Couple late = clinic.couple(lee.staffId());
        couple.setValue(couples.find(CoupleQuery.byName(late.partnerA().details().lastName()), 0, 5).getFirst());
        test($(Button.class).withId("enrol-couple").single()).click();
        assertThat(couple.isInvalid()).isTrue();
        assertThat(couple.getErrorMessage()).startsWith("The workshop is full: all 1 places are taken.");

        List<Appointment> days = grid.getListDataView().getItems().filter(listed -> listed.first().title().equals(title))
                .findFirst().map(listed -> appointments.find(AppointmentQuery.wholeClinic(saturday, saturday.plusDays(1)))
                        .stream().filter(a -> title.equals(a.title())).toList()).orElseThrow();
        assertThat(days).hasSize(2).allSatisfy(day -> {
            assertThat(day.enrolledCoupleIds()).containsExactly(smiths.id());
            assertThat(day.therapistIds()).containsExactly(lee.staffId(), okafor.staffId());
        });
        assertThat(test(grid).getCellText(rowOf(grid, title), 4)).isEqualTo("Full (1)");

        test($(Button.class).withText("Withdraw…").single()).click();
        test($(TextField.class).withLabel("Reason").single()).setValue("Can't get a sitter");
        test($(Button.class).withId("confirm-withdraw").single()).click();
        assertThat($(Span.class).withId("workshop-places").single().getText()).isEqualTo("0 of 1 places taken · 1 place left");
        assertThat(appointments.upcomingOf(smiths.id())).isEmpty();
    }

    private int rowOf(Grid<WorkshopsView.Listed> grid, String title) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (title.equals(test(grid).getRow(row).first().title())) {
                return row;
            }
        }
        throw new AssertionError("No workshop " + title + " in the list");
    }
}
