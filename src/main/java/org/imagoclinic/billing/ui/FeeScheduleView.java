package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.security.Roles;

/** Administrators keep the fee schedule: each service's fee by length, and the late-cancellation and no-show fees. */
@Route("admin/fees")
@PageTitle("Fees · Imago Clinic")
@Menu(title = "Fees", order = 85, icon = "vaadin:invoice")
@RolesAllowed(Roles.ADMIN)
class FeeScheduleView extends VerticalLayout {

    private final FeeSchedule fees;
    private final Grid<Fee> grid = new Grid<>();

    FeeScheduleView(FeeSchedule fees, java.time.Clock clock) {
        this.fees = fees;
        grid.addColumn(Fee::label).setHeader("Service");
        grid.addColumn(fee -> fee.cptCode() == null ? "–" : fee.cptCode()).setHeader("CPT code").setAutoWidth(true);
        grid.addColumn(fee -> Shown.money(fee.amount())).setHeader("Fee").setAutoWidth(true);
        grid.addColumn(fee -> fee.changedBy() + ", " + Shown.day(fee.changedAt().atZone(clock.getZone()).toLocalDate()))
                .setHeader("Last changed");
        grid.addComponentColumn(fee -> {
            Button change = new Button("Change", click -> change(fee));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return change;
        }).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
        add(new Paragraph("A session is charged the fee of its service whose length is nearest its own. A change "
                + "applies to charges made from now on; a couple on a sliding scale pays their share of it. "
                + "A fee of 0 charges nothing (e.g. no late-cancellation fee)."), grid);
        grid.setItems(fees.fees());
    }

    private void change(Fee fee) {
        BigDecimalField amount = new BigDecimalField("Fee");
        amount.setValue(fee.amount().amount());
        Dialog dialog = new Dialog(amount);
        dialog.setHeaderTitle(fee.label());
        Button save = new Button("Save", click -> {
            if (Feedback.attempt(() -> fees.changeFee(fee.id(), amount.getValue()), Map.of("amount", amount))) {
                dialog.close();
                Feedback.done("Fee changed.");
                grid.setItems(fees.fees());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }
}
