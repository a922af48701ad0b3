package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.shared.EmailAddresses;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;

/** Chooses who pays a couple's invoices from now on: one partner, both by shares, or a third party. */
class PayerDialog extends Dialog {

    PayerDialog(Couple couple, Payer current, Invoices invoices, Runnable chosen) {
        RadioButtonGroup<PayerKind> kind = new RadioButtonGroup<>("Who pays");
        kind.setItems(PayerKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case PARTNER -> "One partner";
            case SPLIT -> "Both partners, by shares";
            case THIRD_PARTY -> "Someone else";
        });
        kind.setValue(current.kind());
        ComboBox<Partner> partner = new ComboBox<>("Partner");
        partner.setItems(couple.partnerA(), couple.partnerB());
        partner.setItemLabelGenerator(Partner::displayName);
        partner.setValue(couple.partnerB().personId().equals(current.personId()) ? couple.partnerB() : couple.partnerA());
        BigDecimalField share = new BigDecimalField("That partner's share (%)");
        share.setValue(current.sharePercent());
        TextField name = new TextField("Name", current.thirdPartyName() == null ? "" : current.thirdPartyName(), "");
        TextField address = new TextField("Address", current.thirdPartyAddress() == null ? "" : current.thirdPartyAddress(), "");
        address.setMaxLength(InputLimits.LINE);
        name.setMaxLength(InputLimits.NAME);
        EmailField email = new EmailField("Email for invoices and statements");
        email.setValue(current.thirdPartyEmail() == null ? "" : current.thirdPartyEmail());
        email.setMaxLength(EmailAddresses.MAX);
        email.setHelperText("Optional: invoices and statements can then go by email; never notes or session details.");
        // the service's own rule, next to the field as soon as it is left
        email.addValueChangeListener(change -> {
            email.setErrorMessage(EmailAddresses.problem(change.getValue()).orElse(null));
            email.setInvalid(EmailAddresses.problem(change.getValue()).isPresent());
        });
        Runnable shown = () -> {
            partner.setVisible(kind.getValue() != PayerKind.THIRD_PARTY);
            share.setVisible(kind.getValue() == PayerKind.SPLIT);
            name.setVisible(kind.getValue() == PayerKind.THIRD_PARTY);
            address.setVisible(kind.getValue() == PayerKind.THIRD_PARTY);
            email.setVisible(kind.getValue() == PayerKind.THIRD_PARTY);
        };
        kind.addValueChangeListener(change -> shown.run());
        shown.run();
        setHeaderTitle("Who pays the invoices");
        add(new FormLayout(kind, partner, share, name, address, email));
        Button save = new Button("Save", click -> {
            if (Feedback.attempt(() -> invoices.choosePayer(new Payer(couple.id(), kind.getValue(),
                            partner.getValue() == null ? null : partner.getValue().personId(), share.getValue(),
                            name.getValue(), address.getValue(), email.getValue())),
                    Map.of("personId", partner, "sharePercent", share, "thirdPartyName", name, "thirdPartyAddress", address,
                            "thirdPartyEmail", email))) {
                close();
                Feedback.done("Payer saved; it applies to invoices issued from now on.");
                chosen.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
