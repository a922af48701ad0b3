package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.LinkedHashMap;
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
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.ReferenceGroup;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Administrators enter each instrument's published norms for reliable change (SD and reliability of
 * a published reference group, with the source), which always win; without them the clinic's own
 * reference group serves from 30 baselines on (ADR 0032), its dated figures shown here, frozen and
 * unfrozen here. Every report says which norms it used.
 */
@Route("admin/measure-norms")
@PageTitle("Measure norms · Imago Clinic")
@Menu(title = "Measure norms", order = 85, icon = "vaadin:chart-line")
@RolesAllowed(Roles.ADMIN)
class NormsView extends VerticalLayout {

    NormsView(MeasureCatalogue catalogue, ClinicSampleNorms clinicNorms) {
        add(new H2("Measure norms"), new Paragraph("Reliable change needs, per instrument, the standard deviation (SD) "
                + "of a reference group's scores and the instrument's reliability. Published norms you enter here, with "
                + "where they were published, are always used. Without them the clinic uses its own reference group: "
                + "the first form of each partner in each episode (their baseline), once there are at least "
                + ReferenceGroup.MINIMUM_BASELINES + " of them. The SD is the spread of those baseline totals, the "
                + "reliability is Cronbach's α of the same forms. The figures are brought up to date as baselines "
                + "arrive; freeze them to keep them as they are."));
        catalogue.instruments().forEach(instrument -> add(new InstrumentNorms(catalogue, clinicNorms, instrument)));
    }

    /** One instrument's norms form. */
    static class InstrumentNorms extends Div {

        final TextField sd = new TextField("SD (score points)");
        final TextField reliability = new TextField("Reliability (0 to 1)");
        final TextArea source = new TextArea("Source");
        final Paragraph current = new Paragraph();
        final Paragraph clinicFigures = new Paragraph();
        final Button freeze = new Button();
        final Grid<ClinicFigures> history = new Grid<>();
        private final ClinicSampleNorms clinicNorms;
        private final String code;

        InstrumentNorms(MeasureCatalogue catalogue, ClinicSampleNorms clinicNorms, Instrument instrument) {
            this.clinicNorms = clinicNorms;
            this.code = instrument.code();
            setId("norms-" + instrument.code());
            setWidthFull();
            source.setWidthFull();
            source.setPlaceholder("Author (year), journal, table…");
            show(instrument);
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
                    new HorizontalLayout(sd, reliability), source, save, new H4("The clinic's own reference group"),
                    clinicFigures, freeze, history);
        }

        private void show(Instrument instrument) {
            current.setText(instrument.configuredNorms().map(norms -> "In use: " + norms.describe() + ".")
                    .orElse("In use: none yet. " + instrument.withoutNormsReason()));
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
                show(catalogue.updateNorms(code, new Norms(sdValue, reliabilityValue, source.getValue())));
                showClinicFigures(clinicNorms.history(code));
                Show.saved(code + " norms saved.");
            } catch (InvalidInputException invalid) {
                Map<String, String> all = new LinkedHashMap<>(invalid.fieldErrors());
                mark(all.get("sd"), sd);
                mark(all.get("reliability"), reliability);
                mark(all.get("source"), source);
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
