package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imagoclinic.billing.StatementRecipients;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * The front desk prints a statement for one of the last twelve months, to hand or post: the couple's copy
 * (their joint invoices, to whoever pays) or one partner's (the joint invoices they pay and their own);
 * or has it emailed to whoever pays (the Messages tab shows whether each mail went).
 */
class StatementDialog extends Dialog {

    private static final DateTimeFormatter MONTH = org.imagoclinic.shared.ui.components.ClinicFormat.MONTH.formatter();

    /** Whose copy: the couple's ({@code partner} null) or one partner's. */
    private record Copy(String label, @Nullable Partner partner) {
    }

    StatementDialog(Couple couple, Statements statements, YearMonth thisMonth) {
        ComboBox<YearMonth> month = new ComboBox<>("Month");
        month.setItems(Stream.iterate(thisMonth, m -> m.minusMonths(1)).limit(12).toList());
        month.setItemLabelGenerator(MONTH::format);
        month.setValue(thisMonth.minusMonths(1));
        List<Copy> copies = new ArrayList<>(List.of(new Copy("The couple's (joint invoices)", null)));
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            copies.add(new Copy(partner.displayName() + "'s (with their own invoices)", partner));
        }
        Select<Copy> copy = new Select<>();
        copy.setLabel("Copy");
        copy.setItems(copies);
        copy.setItemLabelGenerator(Copy::label);
        copy.setValue(copies.getFirst());
        setHeaderTitle("Monthly statement");
        add(month, copy);
        Button prepare = new Button("Prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(click -> {
            byte[][] made = new byte[1][];
            Partner partner = copy.getValue().partner();
            if (Feedback.attempt(() -> made[0] = partner == null ? statements.monthly(couple.id(), month.getValue())
                    : statements.ofPartner(couple.id(), month.getValue(), partner.personId()), Map.of("month", month))) {
                month.setVisible(false);
                copy.setVisible(false);
                prepare.setVisible(false);
                add(PdfLink.of("statement-" + month.getValue() + ".pdf", made[0]));
            }
        });
        Button email = new Button("Email to payer");
        email.addClickListener(click -> {
            StatementRecipients[] sent = new StatementRecipients[1];
            if (Feedback.attempt(() -> sent[0] = statements.email(couple.id(), month.getValue()), Map.of("month", month))) {
                Feedback.done("The statement for " + MONTH.format(month.getValue()) + " goes by email to "
                        + whom(sent[0]) + "; the Messages tab shows what went.");
                close();
            }
        });
        getFooter().add(new Button("Close", click -> close()), email, prepare);
    }

    private static String whom(StatementRecipients sent) {
        List<String> whom = new ArrayList<>();
        if (sent.thirdParty() != null) {
            whom.add(sent.thirdParty());
        }
        if (!sent.partnerIds().isEmpty()) {
            whom.add((sent.partnerIds().size() == 1 ? "one partner" : "both partners") + " if they agreed to email");
        }
        return String.join(" and ", whom);
    }
}
