package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.SlotOffer;
import org.imagoclinic.scheduling.SuggestedSlot;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Confirm;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Couples waiting for a first slot, most urgent first; offering a slot books an intake session and takes them off.
 * Below, the slots of cancelled sessions offered to them by message and their answers (ADR 0046).
 */
@Route("waitlist")
@PageTitle("Waitlist · Imago Clinic")
@Menu(title = "Waitlist", order = 22, icon = "vaadin:hourglass")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class WaitlistView extends VerticalLayout {

    private final Grid<WaitlistEntry> grid = new Grid<>();
    private final Waitlist waitlist;
    private final Couples couples;
    private final TherapistProfiles therapists;
    private final Rooms rooms;
    private final Clock clock;
    private final WaitlistOffersGrid offers;

    WaitlistView(Waitlist waitlist, Couples couples, TherapistProfiles therapists, Rooms rooms, Clock clock) {
        this.clock = clock;
        this.waitlist = waitlist;
        this.couples = couples;
        this.therapists = therapists;
        this.rooms = rooms;
        setSizeFull();
        grid.addColumn(WaitlistEntry::coupleName).setHeader("Couple");
        grid.addColumn(entry -> entry.priority().label()).setHeader("Priority").setAutoWidth(true);
        grid.addColumn(entry -> entry.preferredTherapistId() == null ? "Anyone"
                : therapists.of(entry.preferredTherapistId()).name()).setHeader("Therapist");
        grid.addColumn(WaitlistView::when).setHeader("Suits them");
        grid.addColumn(entry -> Show.DAY.format(entry.addedAt().atZone(clock.getZone()))).setHeader("Waiting since");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("waitlist");
        grid.setEmptyStateText("Nobody is waiting. When a couple wants a first session and no slot suits them yet, "
                + "press “Add a couple”.");
        Button add = new Button("Add a couple", click -> addDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        offers = new WaitlistOffersGrid(waitlist, therapists, clock.getZone(), this::refresh);
        add(add, grid, offers);
        refresh();
    }

    private static String when(WaitlistEntry entry) {
        String days = entry.days().isEmpty() ? "Any day" : entry.days().stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale())).collect(Collectors.joining(", "));
        String times = entry.earliest() == null && entry.latest() == null ? "" : ", "
                + (entry.earliest() == null ? "" : "from " + Show.TIME.format(entry.earliest()))
                + (entry.latest() == null ? "" : " until " + Show.TIME.format(entry.latest()));
        return days + times + (entry.note() == null ? "" : " · " + entry.note());
    }

    private HorizontalLayout actions(WaitlistEntry entry) {
        Button offer = new Button("Offer a slot", click -> offerDialog(entry));
        offer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        offer.setId("offer-" + entry.id());
        Button remove = new Button("Take off…", click -> Confirm.ask("Take " + entry.coupleName() + " off the waitlist?",
                "They will no longer be offered a slot, and their place in the queue is lost: to wait again they are "
                        + "added anew, at the back.", "Take off", "Keep them waiting", () -> {
                    if (Show.attempt(() -> waitlist.withdraw(entry.id()), Map.of())) {
                        Feedback.done(entry.coupleName() + " is off the waitlist.");
                        refresh();
                    }
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(offer, remove);
    }

    private void addDialog() {
        ComboBox<CoupleSummary> couple = new ComboBox<>("Couple");
        couple.setItems(query -> couples.find(new CoupleQuery(query.getFilter().filter(f -> !f.isBlank()).orElse(null),
                null, null, null, null), query.getOffset(), query.getLimit()).stream());
        couple.setItemLabelGenerator(summary -> summary.displayName() + " (" + summary.partnerNames() + ")");
        ComboBox<TherapistProfile> therapist = therapistPicker("Preferred therapist");
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days that suit them");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale()));
        TimePicker earliest = new TimePicker("Earliest");
        TimePicker latest = new TimePicker("Latest");
        Select<Priority> priority = new Select<>();
        priority.setLabel("Priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        priority.setValue(Priority.NORMAL);
        TextField note = new TextField("Note (no clinical detail)");
        note.setMaxLength(InputLimits.LINE);
        Dialog dialog = new Dialog(new FormLayout(couple, therapist, days, earliest, latest, priority, note));
        dialog.setHeaderTitle("Put a couple on the waitlist");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), new Button("Add", click -> {
            WaitlistEntry[] added = new WaitlistEntry[1];
            if (Show.attempt(() -> added[0] = waitlist.add(new NewWaitlistEntry(couple.getValue() == null ? null
                            : couple.getValue().id(), therapist.getValue() == null ? null : therapist.getValue().staffId(),
                            days.getValue(), earliest.getValue(), latest.getValue(), priority.getValue(), note.getValue())),
                    Map.of("coupleId", couple, "latest", latest, "note", note))) {
                dialog.close();
                refresh();
                int place = waitlist.waiting().stream().map(WaitlistEntry::id).toList().indexOf(added[0].id()) + 1;
                Feedback.done(added[0].coupleName() + " is on the waitlist" + (place > 0 ? ", number " + place
                        + " in the queue" : "") + " (" + added[0].priority().label().toLowerCase(Locale.ROOT)
                        + "). They will be offered a slot that suits them.");
            }
        }));
        dialog.open();
    }

    private void offerDialog(WaitlistEntry entry) {
        ComboBox<TherapistProfile> therapist = therapistPicker("Therapist");
        if (entry.preferredTherapistId() != null) {
            therapist.setValue(therapists.of(entry.preferredTherapistId()));
        }
        ComboBox<Room> room = new ComboBox<>("Room", rooms.rooms(true));
        room.setItemLabelGenerator(Room::label);
        Checkbox telehealth = new Checkbox("Telehealth");
        TextField link = new TextField("Meeting link");
        link.setMaxLength(InputLimits.LINK);
        DateTimePicker start = new DateTimePicker("Start");
        start.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        Dialog dialog = new Dialog();
        dialog.add(suggestions(entry, dialog, slot -> {
            therapist.setValue(therapists.of(slot.therapistId()));
            start.setValue(slot.start());
            telehealth.setValue(false);
            room.setValue(rooms.room(slot.roomId()));
        }), new FormLayout(therapist, start, room, telehealth, link));
        dialog.setHeaderTitle("Offer " + entry.coupleName() + " an intake session");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), new Button("Book it", click -> {
            Appointment[] booked = new Appointment[1];
            if (Show.attempt(() -> booked[0] = waitlist.offer(entry.id(), new SlotOffer(null,
                    therapist.getValue() == null ? null : therapist.getValue().staffId(),
                    telehealth.getValue() ? null : room.getValue() == null ? null : room.getValue().id(), start.getValue(),
                    null, telehealth.getValue(), link.getValue(), null)),
                    Map.of("therapistId", therapist, "start", start, "roomId", room, "meetingLink", link))) {
                Feedback.done("Booked " + booked[0].coupleName() + ", " + Show.when(booked[0].start(), booked[0].end()) + ".");
                dialog.close();
                refresh();
            }
        }));
        dialog.open();
    }

    /** The next free slots that suit the couple, each booked with one click or copied into the form below. */
    private VerticalLayout suggestions(WaitlistEntry entry, Dialog dialog, Consumer<SuggestedSlot> fillIn) {
        VerticalLayout list = new VerticalLayout();
        list.setId("slot-suggestions");
        list.setPadding(false);
        List<SuggestedSlot> slots = waitlist.suggestions(entry.id(), 5);
        if (slots.isEmpty()) {
            list.add(new Paragraph("No free slot in the next four weeks suits what they said. Choose one below, "
                    + "or look in the Calendar."));
            return list;
        }
        list.add(new Paragraph("Free slots that suit them (" + when(entry) + "):"));
        for (SuggestedSlot slot : slots) {
            Button book = new Button("Book", click -> {
                Appointment[] booked = new Appointment[1];
                if (Show.attempt(() -> booked[0] = waitlist.offer(entry.id(), new SlotOffer(null, slot.therapistId(),
                        slot.roomId(), slot.start(), null, false, null, null)), Map.of())) {
                    Feedback.done("Booked " + booked[0].coupleName() + ", " + Show.when(booked[0].start(),
                            booked[0].end()) + ".");
                    dialog.close();
                    refresh();
                }
            });
            book.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button choose = new Button("Change first", click -> fillIn.accept(slot));
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(new Span(Show.when(slot.start(), slot.end()) + " · "
                    + slot.therapistName() + " · " + slot.roomName()), book, choose);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
        return list;
    }

    private ComboBox<TherapistProfile> therapistPicker(String label) {
        ComboBox<TherapistProfile> picker = new ComboBox<>(label, therapists.therapists());
        picker.setItemLabelGenerator(TherapistProfile::name);
        picker.setClearButtonVisible(true);
        return picker;
    }

    void refresh() {
        grid.setItems(waitlist.waiting());
        offers.refresh();
    }
}
