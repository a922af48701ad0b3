package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/** Administrators keep the clinic's locations and rooms: add, change, take out of use and back. */
@Route("admin/rooms")
@PageTitle("Rooms · Imago Clinic")
@Menu(title = "Rooms", order = 80, icon = "vaadin:office")
@RolesAllowed(Roles.ADMIN)
class RoomsView extends VerticalLayout {

    private final Grid<Room> grid = new Grid<>();
    private final Rooms rooms;

    RoomsView(Rooms rooms) {
        this.rooms = rooms;
        setSizeFull();
        grid.addColumn(Room::locationName).setHeader("Location");
        grid.addColumn(Room::name).setHeader("Room");
        grid.addColumn(Room::capacity).setHeader("Holds (people)").setAutoWidth(true);
        grid.addColumn(room -> room.active() ? "In use" : "Out of use").setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No rooms yet: add a location, then its rooms.");
        Button location = new Button("Add a location", click -> locationDialog());
        Button room = new Button("Add a room", click -> roomDialog(null));
        room.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(location, room), grid);
        refresh();
    }

    private HorizontalLayout actions(Room room) {
        Button change = new Button("Change", click -> roomDialog(room));
        Button state = new Button(room.active() ? "Take out of use" : "Back in use", click -> {
            if (Show.attempt(() -> {
                if (room.active()) {
                    rooms.deactivateRoom(room.id());
                } else {
                    rooms.reactivateRoom(room.id());
                }
            }, Map.of())) {
                refresh();
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        state.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(change, state);
    }

    private void locationDialog() {
        TextField name = new TextField("Name");
        name.setMaxLength(InputLimits.NAME);
        TextField address = new TextField("Address");
        address.setMaxLength(InputLimits.LINE);
        Dialog dialog = new Dialog(new FormLayout(name, address));
        dialog.setHeaderTitle("Add a location");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), new Button("Add", click -> {
            if (Show.attempt(() -> rooms.addLocation(name.getValue(), address.getValue()), Map.of("name", name, "address", address))) {
                dialog.close();
                Feedback.done("Location added.");
            }
        }));
        dialog.open();
    }

    private void roomDialog(@Nullable Room existing) {
        ComboBox<Location> location = new ComboBox<>("Location", rooms.locations());
        location.setItemLabelGenerator(Location::name);
        TextField name = new TextField("Name");
        name.setMaxLength(InputLimits.NAME);
        IntegerField capacity = new IntegerField("Holds (people, therapists included)");
        capacity.setMin(1);
        capacity.setMax(RoomDetails.MOST_PEOPLE);
        if (existing != null) {
            rooms.locations().stream().filter(l -> l.id().equals(existing.locationId())).findFirst().ifPresent(location::setValue);
            name.setValue(existing.name());
            capacity.setValue(existing.capacity());
        }
        Dialog dialog = new Dialog(new FormLayout(location, name, capacity));
        dialog.setHeaderTitle(existing == null ? "Add a room" : "Change " + existing.name());
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), new Button("Save", click -> {
            RoomDetails details = new RoomDetails(location.getValue() == null ? null : location.getValue().id(),
                    name.getValue(), capacity.getValue());
            if (Show.attempt(() -> {
                if (existing == null) {
                    rooms.addRoom(details);
                } else {
                    rooms.changeRoom(existing.id(), details);
                }
            }, Map.of("locationId", location, "name", name, "capacity", capacity))) {
                dialog.close();
                refresh();
            }
        }));
        dialog.open();
    }

    void refresh() {
        grid.setItems(rooms.rooms(false));
    }
}
