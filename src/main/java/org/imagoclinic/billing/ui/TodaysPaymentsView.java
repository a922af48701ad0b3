package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Payment;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.Roles;

/** The front desk's cash-up: the day's payments with each method's total; a click opens the couple. */
@Route("billing/payments")
@PageTitle("Payments of the day · Imago Clinic")
@Menu(title = "Payments of the day", order = 44, icon = "vaadin:cash")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
class TodaysPaymentsView extends VerticalLayout {

    private final Payments payments;
    private final Couples couples;
    private final Grid<Payment> grid = new Grid<>();
    private final Paragraph totals = new Paragraph();
    private final Map<UUID, String> names = new HashMap<>();

    TodaysPaymentsView(Payments payments, Couples couples, Clock clock) {
        this.payments = payments;
        this.couples = couples;
        DatePicker day = new DatePicker("Day", LocalDate.now(clock));
        day.setMax(LocalDate.now(clock));
        day.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        grid.addColumn(p -> names.computeIfAbsent(p.coupleId(), id -> this.couples.get(id).displayName())).setHeader("Couple");
        grid.addColumn(p -> p.method().label()).setHeader("How").setAutoWidth(true);
        grid.addColumn(p -> p.reference() == null ? "" : p.reference()).setHeader("Reference");
        grid.addColumn(p -> Shown.money(p.amount())).setHeader("Amount").setAutoWidth(true);
        grid.addColumn(Payment::recordedBy).setHeader("Recorded by");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No payments recorded on this day.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("couples/" + click.getItem().coupleId())));
        setSizeFull();
        add(day, totals, grid);
        show(day.getValue());
    }

    private void show(LocalDate day) {
        List<Payment> received = payments.receivedOn(day);
        grid.setItems(received);
        Map<PaymentMethod, Money> byMethod = received.stream().collect(Collectors.groupingBy(Payment::method,
                Collectors.reducing(Money.ZERO, Payment::amount, Money::plus)));
        totals.setText(Arrays.stream(PaymentMethod.values())
                .map(method -> method.label() + " " + Shown.money(byMethod.getOrDefault(method, Money.ZERO)))
                .collect(Collectors.joining(" · ")) + " · total "
                + Shown.money(received.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus)));
    }
}
