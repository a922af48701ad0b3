package org.imagoclinic.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.Clinician;
import org.imagoclinic.staff.Clinicians;

/** The filters every report shares: period, therapist, supervisor's team, presenting concern, life stage. */
class FilterBar extends HorizontalLayout {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<Clinician> therapist = new ComboBox<>("Therapist");
    final ComboBox<Clinician> team = new ComboBox<>("Supervisor's team");
    final TextField concern = new TextField("Presenting concern");
    final ComboBox<LifeStage> lifeStage = new ComboBox<>("Life stage");

    /**
     * @param lead whether the therapist and team filters are offered (supervisors and administrators)
     * @param clinical whether the presenting-concern and life-stage filters are offered (clinicians only)
     */
    FilterBar(Clinicians clinicians, Clock clock, boolean lead, boolean clinical, Consumer<ReportFilter> show) {
        ReportFilter lastYear = ReportFilter.lastYear(LocalDate.now(clock));
        from.setValue(lastYear.from());
        to.setValue(lastYear.to());
        therapist.setItems(clinicians.active());
        therapist.setItemLabelGenerator(Clinician::displayName);
        therapist.setClearButtonVisible(true);
        team.setItems(clinicians.activeSupervisors());
        team.setItemLabelGenerator(Clinician::displayName);
        team.setClearButtonVisible(true);
        therapist.setVisible(lead);
        team.setVisible(lead);
        concern.setVisible(clinical);
        lifeStage.setVisible(clinical);
        lifeStage.setItems(LifeStage.values());
        lifeStage.setItemLabelGenerator(LifeStage::label);
        lifeStage.setClearButtonVisible(true);
        Button apply = new Button("Show", click -> apply(show));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(from, to, therapist, team, concern, lifeStage, apply);
    }

    /** The filter as set, or null (with the problem shown next to the field) when it cannot be used. */
    ReportFilter filter() {
        from.setInvalid(false);
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || start.isAfter(end)) {
            from.setErrorMessage(start == null || end == null ? "Pick both days of the period."
                    : "The period starts after it ends: pick a first day on or before " + end + ".");
            from.setInvalid(true);
            return null;
        }
        return new ReportFilter(start, end, therapist.getValue() == null ? null : therapist.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(), concern.getValue().isBlank() ? null : concern.getValue().trim(),
                lifeStage.getValue(), ReportFilter.DEFAULT_INSTRUMENT);
    }

    private void apply(Consumer<ReportFilter> show) {
        ReportFilter filter = filter();
        if (filter == null) {
            return;
        }
        try {
            show.accept(filter);
        } catch (InvalidInputException e) {
            from.setErrorMessage(String.join(" ", e.getMessage()));
            from.setInvalid(true);
        }
    }
}
