package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.Map;
import org.imagoclinic.billing.Superbills;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The front desk issues a superbill for one partner and a period, then downloads it. The PDF is made
 * (and audited) once, when it is prepared; the front desk never sees the diagnoses on the page.
 */
class SuperbillDialog extends Dialog {

    SuperbillDialog(Couple couple, Superbills superbills, LocalDate today) {
        ComboBox<Partner> patient = new ComboBox<>("Partner who claims");
        patient.setItems(couple.partnerA(), couple.partnerB());
        patient.setItemLabelGenerator(Partner::displayName);
        DatePicker from = new DatePicker("From", today.withDayOfYear(1));
        DatePicker to = new DatePicker("To", today);
        setHeaderTitle("Superbill");
        FormLayout form = new FormLayout(patient, from, to);
        add(form);
        Button prepare = new Button("Prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(click -> {
            byte[][] made = new byte[1][];
            if (Feedback.attempt(() -> made[0] = superbills.pdf(couple.id(),
                    patient.getValue() == null ? null : patient.getValue().personId(), from.getValue(), to.getValue()),
                    Map.of("personId", patient, "from", from, "to", to))) {
                String name = "superbill-" + patient.getValue().details().lastName().toLowerCase() + "-" + from.getValue()
                        + ".pdf";
                form.setVisible(false);
                prepare.setVisible(false);
                add(PdfLink.of(name, made[0]));
            }
        });
        getFooter().add(new Button("Close", click -> close()), prepare);
    }
}
