package org.imagoclinic.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Administrators keep rooms and working hours; nobody else opens those pages. */
@ClinicIntegrationTest
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rooms rooms;
    @Autowired
    TherapistAvailability availability;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsARoomAtALocation() {
        TestAccounts.signIn(context, "admin");
        Location location = rooms.addLocation("Harbour " + UUID.randomUUID().toString().substring(0, 6), "1 Quay St");
        navigate(RoomsView.class);

        test($(Button.class).withText("Add a room").single()).click();
        ComboBox<Location> where = $(ComboBox.class).withLabel("Location").single();
        where.setValue(location);
        test($(TextField.class).withLabel("Name").single()).setValue("Blue room");
        test($(IntegerField.class).withLabel("Holds (people, therapists included)").single()).setValue(4);
        test($(Button.class).withText("Save").single()).click();

        Grid<Room> grid = $(Grid.class).single();
        assertThat(rooms.rooms(false)).anySatisfy(room -> {
            assertThat(room.label()).isEqualTo("Blue room (" + location.name() + ")");
            assertThat(room.capacity()).isEqualTo(4);
        });
        assertThat(test(grid).size()).isEqualTo(rooms.rooms(false).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSetsATherapistsWeek() {
        UUID therapist = TestAccounts.staff(context, "hours", org.imagoclinic.security.Roles.THERAPIST).staffId();
        TestAccounts.signIn(context, "admin");
        navigate(WorkingHoursView.class);

        ComboBox<TherapistProfile> picker = $(ComboBox.class).withLabel("Therapist").single();
        picker.setValue(picker.getListDataView().getItems().filter(profile -> profile.staffId().equals(therapist))
                .findFirst().orElseThrow());
        List<TimePicker> pickers = $(TimePicker.class).all();
        test(pickers.get(0)).setValue(LocalTime.of(9, 0));
        test(pickers.get(1)).setValue(LocalTime.of(13, 0));
        test(pickers.get(2)).setValue(LocalTime.of(14, 0));
        test(pickers.get(3)).setValue(LocalTime.of(18, 0));
        test($(Button.class).withText("Save the week").single()).click();

        assertThat(availability.hoursOf(therapist)).containsExactly(
                new HoursBlock(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new HoursBlock(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)));
    }

    @Test
    void theFrontDeskCantOpenTheAdministratorsPages() {
        TestAccounts.signIn(context, "frontdesk");

        Throwable refused = catchThrowable(() -> navigate(RoomsView.class));

        assertThat(refused != null || !(getCurrentView() instanceof RoomsView)).isTrue();
    }
}
