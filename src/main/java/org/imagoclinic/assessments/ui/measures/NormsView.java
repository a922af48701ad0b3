package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.Map;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InvalidInputException;

/**
 * Administrators enter each instrument's norms for reliable change (SD and reliability of a
 * published reference group, with the source); every report shows them with that source.
 */
@Route("admin/measure-norms")
@PageTitle("Measure norms · Imago Clinic")
@Menu(title = "Measure norms", order = 85, icon = "vaadin:chart-line")
@RolesAllowed(Roles.ADMIN)
class NormsView extends VerticalLayout {

    NormsView(MeasureCatalogue catalogue) {
        add(new H2("Measure norms"), new Paragraph("Reliable change needs, per instrument, the standard deviation (SD) "
                + "of a published reference group's scores and the instrument's reliability, with where they were "
                + "published. Without them no partner or couple is classified; nothing is invented."));
        catalogue.instruments().forEach(instrument -> add(new InstrumentNorms(catalogue, instrument)));
    }

    /** One instrument's norms form. */
    static class InstrumentNorms extends Div {

        final TextField sd = new TextField("SD (score points)");
        final TextField reliability = new TextField("Reliability (0 to 1)");
        final TextArea source = new TextArea("Source");
        final Paragraph current = new Paragraph();

        InstrumentNorms(MeasureCatalogue catalogue, Instrument instrument) {
            setId("norms-" + instrument.code());
            setWidthFull();
            source.setWidthFull();
            source.setPlaceholder("Author (year), journal, table…");
            show(instrument);
            instrument.configuredNorms().ifPresent(norms -> {
                sd.setValue(norms.sd().toPlainString());
                reliability.setValue(norms.reliability().toPlainString());
                source.setValue(norms.source());
            });
            Button save = new Button("Save " + instrument.code() + " norms", click -> save(catalogue, instrument.code()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph facts = new Paragraph("Range " + instrument.minScore() + "–" + instrument.maxScore()
                    + (instrument.clinicalCutoff() == null ? "" : "; cut-off " + instrument.clinicalCutoff().toPlainString()
                    + " (" + instrument.cutoffSource() + ")") + ". " + instrument.licenceNote());
            add(new H3(instrument.name()), facts, current, new HorizontalLayout(sd, reliability), source, save);
        }

        private void show(Instrument instrument) {
            current.setText(instrument.configuredNorms().map(norms -> "In use: SD " + norms.sd().toPlainString()
                    + ", reliability " + norms.reliability().toPlainString() + ", source: " + norms.source())
                    .orElse("No norms configured: outcomes on " + instrument.code() + " are not classified."));
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
