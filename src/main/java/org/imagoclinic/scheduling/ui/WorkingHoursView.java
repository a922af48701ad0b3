package org.imagoclinic.scheduling.ui;

import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.NewTimeOff;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.scheduling.TimeOff;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Confirm;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Administrators keep each therapist's usual week (up to two blocks a day, e.g. 09:00–13:00 and
 * 14:00–18:00) and their time off; the therapists are the staff directory's active clinicians.
 */
@Route("admin/working-hours")
@PageTitle("Working hours · Imago Clinic")
@Menu(title = "Working hours", order = 81, icon = "vaadin:clock")
@RolesAllowed(Roles.ADMIN)
class WorkingHoursView extends VerticalLayout {

    private final ComboBox<TherapistProfile> therapist = new ComboBox<>("Therapist");
    private final Map<DayOfWeek, TimePicker[]> week = new java.util.EnumMap<>(DayOfWeek.class);
    private final Grid<TimeOff> timeOff = new Grid<>();
    private final TherapistAvailability availability;
    private final Clock clinicClock;
    private final VerticalLayout editor = new VerticalLayout();

    WorkingHoursView(TherapistAvailability availability, TherapistProfiles therapists, Clock clinicClock) {
        this.clinicClock = clinicClock;
        this.availability = availability;
        therapist.setItems(therapists.therapists());
        therapist.setItemLabelGenerator(TherapistProfile::name);
        therapist.setWidth("24rem");
        therapist.addValueChangeListener(change -> load());
        editor.setPadding(false);
        editor.setVisible(false);
        for (DayOfWeek day : DayOfWeek.values()) {
            TimePicker[] pickers = {picker("From"), picker("To"), picker("From"), picker("To")};
            week.put(day, pickers);
            TextField name = new TextField();
            name.setValue(day.getDisplayName(TextStyle.FULL, org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale()));
            name.setReadOnly(true);
            name.setWidth("9rem");
            HorizontalLayout row = new HorizontalLayout(name, pickers[0], pickers[1], pickers[2], pickers[3]);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            editor.add(row);
        }
        Button save = new Button("Save the week", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        timeOff.addColumn(away -> Show.DAY.format(away.from()) + " " + Show.TIME.format(away.from()) + " – "
                + Show.DAY.format(away.to()) + " " + Show.TIME.format(away.to())).setHeader("Away");
        timeOff.addColumn(TimeOff::reason).setHeader("Reason");
        timeOff.addComponentColumn(away -> new Button("Remove…", click -> Confirm.ask("Remove this time off?",
                "From " + Show.DAY.format(away.from()) + " " + Show.TIME.format(away.from()) + " to "
                        + Show.DAY.format(away.to()) + " " + Show.TIME.format(away.to())
                        + " the therapist can be booked again as in their usual week.", "Remove", "Keep it", () -> {
                    if (Show.attempt(() -> availability.removeTimeOff(away.therapistId(), away.id()), Map.of())) {
                        load();
                    }
                }))).setAutoWidth(true).setFlexGrow(0);
        timeOff.setEmptyStateText("No time off planned.");
        timeOff.setAllRowsVisible(true);
        editor.add(save, new H4("Time off"), timeOffForm(), timeOff);
        add(therapist, editor);
    }

    private static TimePicker picker(String label) {
        TimePicker picker = new TimePicker(label);
        picker.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        picker.setStep(java.time.Duration.ofMinutes(15));
        picker.setWidth("8rem");
        picker.setClearButtonVisible(true);
        return picker;
    }

    private HorizontalLayout timeOffForm() {
        DateTimePicker from = new DateTimePicker("From");
        DateTimePicker to = new DateTimePicker("To");
        from.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        to.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        for (DateTimePicker picker : List.of(from, to)) {
            picker.setMin(PlausibleDates.earliest().atStartOfDay());
            picker.setMax(PlausibleDates.latestPlanned(LocalDate.now(clinicClock)).atTime(23, 59));
        }
        TextField reason = new TextField("Reason");
        reason.setMaxLength(InputLimits.LINE);
        Button add = new Button("Add time off", click -> {
            if (Show.attempt(() -> availability.addTimeOff(therapist.getValue().staffId(),
                    new NewTimeOff(from.getValue(), to.getValue(), reason.getValue())),
                    Map.of("from", from, "to", to, "reason", reason))) {
                from.clear();
                to.clear();
                reason.clear();
                load();
            }
        });
        HorizontalLayout form = new HorizontalLayout(from, to, reason, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void load() {
        TherapistProfile chosen = therapist.getValue();
        editor.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        week.values().forEach(pickers -> List.of(pickers).forEach(TimePicker::clear));
        for (HoursBlock block : availability.hoursOf(chosen.staffId())) {
            TimePicker[] pickers = week.get(block.day());
            int slot = pickers[0].getValue() == null ? 0 : 2;
            pickers[slot].setValue(block.from());
            pickers[slot + 1].setValue(block.to());
        }
        timeOff.setItems(availability.timeOff(chosen.staffId(), LocalDate.now(clinicClock).minusMonths(1),
                LocalDate.now(clinicClock).plusYears(1)));
    }

    private void save() {
        List<HoursBlock> blocks = new ArrayList<>();
        week.forEach((day, pickers) -> {
            for (int slot = 0; slot < 4; slot += 2) {
                LocalTime from = pickers[slot].getValue();
                LocalTime to = pickers[slot + 1].getValue();
                if (from != null || to != null) {
                    blocks.add(new HoursBlock(day, from, to));
                }
            }
        });
        if (Show.attempt(() -> availability.replaceHours(therapist.getValue().staffId(), blocks), Map.of())) {
            Feedback.done("Working hours saved for " + therapist.getValue().name() + ".");
            load();
        }
    }
}
