package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The front desk prints a couple's statement for one of the last twelve months, to hand or post to whoever
 * pays, or has it emailed to the paying partners (the Messages tab shows whether each mail went).
 */
class StatementDialog extends Dialog {

    private static final DateTimeFormatter MONTH = org.imagoclinic.shared.ui.components.ClinicFormat.MONTH.formatter();

    StatementDialog(UUID coupleId, Statements statements, YearMonth thisMonth) {
        ComboBox<YearMonth> month = new ComboBox<>("Month");
        month.setItems(Stream.iterate(thisMonth, m -> m.minusMonths(1)).limit(12).toList());
        month.setItemLabelGenerator(MONTH::format);
        month.setValue(thisMonth.minusMonths(1));
        setHeaderTitle("Monthly statement");
        add(month);
        Button prepare = new Button("Prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(click -> {
            byte[][] made = new byte[1][];
            if (Feedback.attempt(() -> made[0] = statements.monthly(coupleId, month.getValue()), Map.of("month", month))) {
                month.setVisible(false);
                prepare.setVisible(false);
                add(PdfLink.of("statement-" + month.getValue() + ".pdf", made[0]));
            }
        });
        Button email = new Button("Email to payer");
        email.addClickListener(click -> {
            int[] payers = new int[1];
            if (Feedback.attempt(() -> payers[0] = statements.email(coupleId, month.getValue()).size(),
                    Map.of("month", month))) {
                Feedback.done("The statement for " + MONTH.format(month.getValue()) + " goes by email to "
                        + (payers[0] == 1 ? "the paying partner" : "both partners")
                        + " if they agreed to email; the Messages tab shows what went.");
                close();
            }
        });
        getFooter().add(new Button("Close", click -> close()), email, prepare);
    }
}
