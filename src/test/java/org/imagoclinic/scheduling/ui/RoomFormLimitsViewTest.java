package org.imagoclinic.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless: the rooms page gives its fields the API's limits (the browser stops typing at the
 * maximum) and shows the service's words next to the field when a value is refused anyway, and
 * nothing is stored.
 */
@ClinicIntegrationTest
class RoomFormLimitsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rooms rooms;

    @BeforeEach
    void signedInAsAdministrator() {
        TestAccounts.signIn(context, "admin");
    }

    @Test
    void aLocationsNameAndAddressHaveTheSharedSizesAndATooLongNameIsRefusedNextToTheField() {
        navigate(RoomsView.class);
        test($(Button.class).withText("Add a location").single()).click();
        Dialog dialog = $(Dialog.class).single();
        TextField name = $(TextField.class, dialog).withLabel("Name").single();
        TextField address = $(TextField.class, dialog).withLabel("Address").single();
        int locations = rooms.locations().size();

        assertThat(name.getMaxLength()).isEqualTo(InputLimits.NAME);
        assertThat(address.getMaxLength()).isEqualTo(InputLimits.LINE);
        name.setValue("N".repeat(InputLimits.NAME + 1));
        address.setValue("A".repeat(InputLimits.LINE + 1));
        test($(Button.class, dialog).withText("Add").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Keep the name to 100 characters or fewer (it has 101).");
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Keep the address to 500 characters or fewer (it has 501).");
        assertThat(rooms.locations()).hasSize(locations);
    }

    @Test
    void aRoomsCapacityFieldHoldsTheSameRangeAsTheService() {
        navigate(RoomsView.class);
        test($(Button.class).withText("Add a room").single()).click();
        Dialog dialog = $(Dialog.class).single();
        IntegerField capacity = $(IntegerField.class, dialog).single();

        assertThat(capacity.getMin()).isEqualTo(1);
        assertThat(capacity.getMax()).isEqualTo(RoomDetails.MOST_PEOPLE);
        assertThat($(TextField.class, dialog).withLabel("Name").single().getMaxLength()).isEqualTo(InputLimits.NAME);
    }
}
