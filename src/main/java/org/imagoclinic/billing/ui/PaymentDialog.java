package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;

/** The front desk records a payment: amount, how, the reference, who paid and which invoice it pays. */
class PaymentDialog extends Dialog {

    PaymentDialog(Couple couple, java.util.List<Invoice> open, Payments payments, Clock clock, Runnable recorded) {
        BigDecimalField amount = new BigDecimalField("Amount");
        ComboBox<PaymentMethod> method = new ComboBox<>("How");
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(PaymentMethod::label);
        method.setValue(PaymentMethod.CARD_TERMINAL);
        TextField reference = new TextField("Reference (card slip, transfer)");
        ComboBox<Partner> paidBy = new ComboBox<>("Paid by");
        paidBy.setItems(couple.partnerA(), couple.partnerB());
        paidBy.setItemLabelGenerator(Partner::displayName);
        paidBy.setPlaceholder("both, or someone else");
        paidBy.setClearButtonVisible(true);
        ComboBox<Invoice> invoice = new ComboBox<>("Pays invoice");
        invoice.setItems(open);
        invoice.setItemLabelGenerator(i -> i.number() + " (" + Shown.money(i.outstanding()) + " due)");
        invoice.setPlaceholder("oldest first");
        invoice.setClearButtonVisible(true);
        DatePicker received = new DatePicker("Received on", LocalDate.now(clock));
        received.setMax(LocalDate.now(clock));
        setHeaderTitle("Record a payment");
        add(new FormLayout(amount, method, reference, paidBy, invoice, received));
        Button record = new Button("Record", click -> {
            if (Feedback.attempt(() -> payments.record(couple.id(), new NewPayment(amount.getValue(), method.getValue(),
                            paidBy.getValue() == null ? null : paidBy.getValue().personId(), reference.getValue(),
                            received.getValue(), invoice.getValue() == null ? null : invoice.getValue().id())),
                    Map.of("amount", amount, "method", method, "reference", reference, "receivedOn", received,
                            "paidBy", paidBy, "invoiceId", invoice))) {
                close();
                Feedback.done("Payment recorded.");
                recorded.run();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), record);
    }
}
