package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasureCatalogue.PublishedNormsEntry;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.ReferenceGroup;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.ui.components.ClinicFormat;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Administrators enter each instrument's published norms for reliable change (SD and reliability of
 * a published reference group, with the source), which always win; without them the clinic's own
 * reference group serves from 30 baselines on (ADR 0032), its dated figures shown here, frozen and
 * unfrozen here. Published norms keep their history: each set is in force from its day on, and a
 * report uses the set in force on its period's last day (ADR 0061). Every report says which norms it used.
 */
@Route("admin/measure-norms")
@PageTitle("Measure norms · Imago Clinic")
@Menu(title = "Measure norms", order = 85, icon = "vaadin:chart-line")
@RolesAllowed(Roles.ADMIN)
class NormsView extends VerticalLayout {

    NormsView(MeasureCatalogue catalogue, ClinicSampleNorms clinicNorms, Clock clock) {
        add(new H2("Measure norms"), new Paragraph("Reliable change needs, per instrument, the standard deviation (SD) "
                + "of a reference group's scores and the instrument's reliability. Published norms you enter here, with "
                + "where they were published, are always used. Without them the clinic uses its own reference group: "
                + "the first form of each partner in each episode (their baseline), once there are at least "
                + ReferenceGroup.MINIMUM_BASELINES + " of them. The SD is the spread of those baseline totals, the "
                + "reliability is Cronbach's α of the same forms. The figures are brought up to date as baselines "
                + "arrive; freeze them to keep them as they are."),
                new Paragraph("Published norms are kept with the day they are in force from. A report judges every "
                + "partner with the norms in force on the last day of its period, and names them; a new set does not "
                + "change what earlier periods were judged with. Norms entered without a day serve every day before "
                + "the first dated set."));
        catalogue.instruments().forEach(instrument -> add(new InstrumentNorms(catalogue, clinicNorms, instrument, clock)));
    }

    /** One instrument's norms form. */
    static class InstrumentNorms extends Div {

        final TextField sd = new TextField("SD (score points)");
        final TextField reliability = new TextField("Reliability (0 to 1)");
        final TextArea source = new TextArea("Source");
        final DatePicker effectiveFrom = new DatePicker("In force from");
        final Grid<PublishedNormsEntry> published = new Grid<>();
        private final MeasureCatalogue catalogue;
        final Paragraph current = new Paragraph();
        final Paragraph clinicFigures = new Paragraph();
        final Button freeze = new Button();
        final Grid<ClinicFigures> history = new Grid<>();
        private final ClinicSampleNorms clinicNorms;
        private final String code;

        InstrumentNorms(MeasureCatalogue catalogue, ClinicSampleNorms clinicNorms, Instrument instrument, Clock clock) {
            this.clinicNorms = clinicNorms;
            this.catalogue = catalogue;
            this.code = instrument.code();
            setId("norms-" + instrument.code());
            setWidthFull();
            source.setWidthFull();
            source.setPlaceholder("Author (year), journal, table…");
            effectiveFrom.setId("norms-from-" + instrument.code());
            effectiveFrom.setHelperText("The first day whose measurements these norms judge. Leave empty: from the start.");
            effectiveFrom.setMin(PlausibleDates.earliest());
            effectiveFrom.setMax(PlausibleDates.latestPlanned(LocalDate.now(clock)));
            published.setId("norms-history-" + instrument.code());
            published.addColumn(entry -> entry.norms().effectiveFrom() == null ? "from the start"
                    : ClinicFormat.DAY.format(entry.norms().effectiveFrom())).setHeader("In force from").setAutoWidth(true);
            published.addColumn(entry -> entry.norms().sd().stripTrailingZeros().toPlainString()).setHeader("SD").setAutoWidth(true);
            published.addColumn(entry -> entry.norms().reliability().stripTrailingZeros().toPlainString())
                    .setHeader("Reliability").setAutoWidth(true);
            published.addColumn(entry -> entry.norms().source()).setHeader("Source").setFlexGrow(1);
            published.addColumn(entry -> ClinicFormat.DAY_AND_TIME.format(entry.enteredAt().atZone(clock.getZone()))
                    + " by " + entry.enteredBy()).setHeader("Entered").setAutoWidth(true);
            published.addColumn(entry -> entry.inForceToday() ? "in force today" : "").setHeader("").setAutoWidth(true);
            published.setAllRowsVisible(true);
            published.setMaxHeight("16em");
            show(instrument);
            showPublished();
            instrument.publishedNorms().ifPresent(norms -> {
                sd.setValue(norms.sd().toPlainString());
                reliability.setValue(norms.reliability().toPlainString());
                source.setValue(norms.source());
            });
            Button save = new Button("Save " + instrument.code() + " norms", click -> save(catalogue, instrument.code()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph facts = new Paragraph("Range " + instrument.minScore() + "–" + instrument.maxScore()
                    + (instrument.clinicalCutoff() == null ? "" : "; cut-off " + instrument.clinicalCutoff().toPlainString()
                    + " (" + instrument.cutoffSource() + ")") + ". " + instrument.licenceNote());
            current.addClassName("norms-in-use");
            clinicFigures.addClassName("clinic-figures");
            freeze.setId("freeze-" + code);
            freeze.addClickListener(click -> toggleFreeze());
            history.addColumn(ClinicFigures::asOf).setHeader("As of").setAutoWidth(true);
            history.addColumn(ClinicFigures::baselines).setHeader("Baselines").setAutoWidth(true);
            history.addColumn(figures -> figures.sd() == null ? "–" : String.format(Locale.ENGLISH, "%.2f", figures.sd()))
                    .setHeader("SD").setAutoWidth(true);
            history.addColumn(figures -> figures.alpha() == null ? "–" : String.format(Locale.ENGLISH, "%.3f", figures.alpha()))
                    .setHeader("α").setAutoWidth(true);
            history.addColumn(figures -> figures.frozen() ? "frozen" : figures.usable() ? "" : "too few or unusable")
                    .setHeader("").setAutoWidth(true);
            history.setAllRowsVisible(true);
            history.setMaxHeight("16em");
            showClinicFigures(clinicNorms.history(code));
            add(new H3(instrument.name()), facts, current, new H4("Published norms"),
                    new HorizontalLayout(sd, reliability, effectiveFrom), source, save, published,
                    new H4("The clinic's own reference group"),
                    clinicFigures, freeze, history);
        }

        private void show(Instrument instrument) {
            current.setText(instrument.configuredNorms().map(norms -> "In use today: " + norms.describe() + ".")
                    .orElse("In use today: none yet. " + instrument.withoutNormsReason()));
        }

        private void showPublished() {
            List<PublishedNormsEntry> entries = catalogue.normsHistory(code);
            published.setItems(entries);
            published.setVisible(!entries.isEmpty());
        }

        private void showClinicFigures(ClinicSampleNorms.History figures) {
            ClinicFigures inForce = figures.current();
            String text = inForce == null ? "No baselines yet."
                    : inForce.describe() + (inForce.usable() ? "." : ": " + (inForce.group().moreNeeded() > 0
                    ? inForce.group().moreNeeded() + " more baselines needed before they are used."
                    : "not usable as norms."));
            if (figures.publishedNormsWin()) {
                text += " Not used while published norms are entered.";
            }
            clinicFigures.setText(text);
            freeze.setText(figures.frozen() ? "Unfreeze " + code + " clinic figures" : "Freeze " + code + " clinic figures");
            freeze.setEnabled(figures.frozen() || (inForce != null && inForce.usable()));
            history.setItems(figures.history());
        }

        private void toggleFreeze() {
            ClinicSampleNorms.History now = clinicNorms.history(code);
            try {
                ClinicSampleNorms.History after = now.frozen() ? clinicNorms.unfreeze(code) : clinicNorms.freeze(code);
                showClinicFigures(after);
                Show.saved(code + " clinic figures " + (after.frozen() ? "frozen." : "follow new baselines again."));
            } catch (BusinessRuleException refused) {
                Feedback.problem(refused.getMessage());
            }
        }

        private void save(MeasureCatalogue catalogue, String code) {
            sd.setInvalid(false);
            reliability.setInvalid(false);
            source.setInvalid(false);
            Map<String, String> problems = new LinkedHashMap<>();
            BigDecimal sdValue = number(sd.getValue(), "sd", "The SD must be a number of score points, e.g. 7.8.", problems);
            BigDecimal reliabilityValue = number(reliability.getValue(), "reliability",
                    "The reliability must be a number between 0 and 1, e.g. 0.94.", problems);
            try {
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                LocalDate from = effectiveFrom.getValue();
                show(catalogue.updateNorms(code, new Norms(sdValue, reliabilityValue, source.getValue(), from)));
                showPublished();
                showClinicFigures(clinicNorms.history(code));
                Show.saved(code + " norms saved, in force " + (from == null ? "from the start." : "from "
                        + ClinicFormat.DAY.format(from) + "."));
            } catch (InvalidInputException invalid) {
                Map<String, String> all = new LinkedHashMap<>(invalid.fieldErrors());
                mark(all.get("sd"), sd);
                mark(all.get("reliability"), reliability);
                mark(all.get("source"), source);
                mark(all.get("effectiveFrom"), effectiveFrom);
            }
        }

        private static BigDecimal number(String text, String field, String problem, Map<String, String> problems) {
            try {
                return new BigDecimal(text.trim().replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                problems.put(field, problem);
                return null;
            }
        }

        private static void mark(String problem, com.vaadin.flow.component.HasValidation field) {
            field.setInvalid(problem != null);
            field.setErrorMessage(problem);
        }
    }
}
