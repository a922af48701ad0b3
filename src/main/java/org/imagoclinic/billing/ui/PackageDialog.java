package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.shared.ui.components.Feedback;

/** The front desk sells a prepaid course: which sessions, how many, the price of all of them. */
class PackageDialog extends Dialog {

    PackageDialog(UUID coupleId, List<Fee> sessionFees, Packages packages, Runnable sold) {
        ComboBox<Fee> fee = new ComboBox<>("Sessions of");
        fee.setItems(sessionFees);
        fee.setItemLabelGenerator(f -> f.label() + " (" + Shown.money(f.amount()) + ")");
        IntegerField sessions = new IntegerField("Number of sessions");
        sessions.setValue(10);
        sessions.setMin(2);
        sessions.setMax(50);
        BigDecimalField price = new BigDecimalField("Price of the package");
        fee.addValueChangeListener(change -> {
            if (change.getValue() != null && price.isEmpty() && sessions.getValue() != null) {
                price.setValue(change.getValue().amount().amount().multiply(BigDecimal.valueOf(sessions.getValue())));
            }
        });
        setHeaderTitle("Sell a package");
        add(new FormLayout(fee, sessions, price));
        Button sell = new Button("Sell", click -> {
            if (Feedback.attempt(() -> packages.sell(coupleId, fee.getValue() == null ? null : fee.getValue().id(),
                    sessions.getValue(), price.getValue()), Map.of("feeId", fee, "sessions", sessions, "price", price))) {
                close();
                Feedback.done("Package sold: its price is charged and will be on the next invoice.");
                sold.run();
            }
        });
        sell.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), sell);
    }
}
