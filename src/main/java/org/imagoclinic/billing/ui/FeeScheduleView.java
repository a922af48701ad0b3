package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.MonthlySending;
import org.imagoclinic.billing.MonthlyStatements;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.security.Roles;

/**
 * Administrators keep the fee schedule (each service's fee by length, and the late-cancellation and
 * no-show fees) and choose whether last month's statements go by email by themselves.
 */
@Route("admin/fees")
@PageTitle("Fees · Imago Clinic")
@Menu(title = "Fees", order = 85, icon = "vaadin:invoice")
@RolesAllowed(Roles.ADMIN)
class FeeScheduleView extends VerticalLayout {

    private final FeeSchedule fees;
    private final Grid<Fee> grid = new Grid<>();

    FeeScheduleView(FeeSchedule fees, MonthlyStatements monthly, java.time.Clock clock) {
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
        // sized by the page, as the audit trail's: a grid of its own height overflowed the page onto the menu
        grid.setSizeFull();
        setSizeFull();
        add(new Paragraph("A session is charged the fee of its service whose length is nearest its own. A change "
                + "applies to charges made from now on; a couple on a sliding scale pays their share of it. "
                + "A fee of 0 charges nothing (e.g. no late-cancellation fee)."), grid,
                new H3("Monthly statements"), monthlySending(monthly));
        grid.setItems(fees.fees());
    }

    /** The clinic's choice to email last month's statements by itself, on a day of each month. */
    private static Component monthlySending(MonthlyStatements monthly) {
        MonthlySending now = monthly.current();
        Checkbox enabled = new Checkbox("Email last month's statement to every couple who owes or had billing "
                + "in it", now.enabled());
        IntegerField day = new IntegerField("Day of the month");
        day.setId("statement-day");
        day.setMin(1);
        day.setMax(28);
        day.setStepButtonsVisible(true);
        day.setValue(now.dayOfMonth());
        day.setHelperText("1 to 28; statements go to the partners who pay, each addressed to them alone");
        Button save = new Button("Save", click -> {
            if (Feedback.attempt(() -> monthly.change(enabled.getValue(), day.getValue()), Map.of("dayOfMonth", day))) {
                Feedback.done(enabled.getValue() ? "Statements go by email on day " + day.getValue() + " of each month."
                        : "Statements go only when the front desk sends them.");
            }
        });
        HorizontalLayout form = new HorizontalLayout(enabled, day, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setFlexShrink(0, form.getChildren().toArray(Component[]::new));
        return form;
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
