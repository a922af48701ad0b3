package org.imagoclinic.billing.ui;

import java.util.Map;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.billing.Balance;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeCorrection;
import org.imagoclinic.billing.Charges;
import org.imagoclinic.billing.Diagnoses;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.SessionPackage;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.billing.Superbills;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.SlidingScale;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.Payment;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The couple page's "Billing" tab. The front desk and administrators see the balance, charges,
 * invoices, payments and packages, and record payments, issue invoices, sell packages, issue
 * superbills and correct; a therapist on the couple's care team sees the balance and packages and
 * records the partners' diagnoses for superbills; anyone else is told they may not.
 */
@org.springframework.stereotype.Component
class BillingTab implements CoupleTab {

    private final Charges charges;
    private final FeeSchedule fees;
    private final Invoices invoices;
    private final Payments payments;
    private final Packages packages;
    private final Superbills superbills;
    private final Statements statements;
    private final Diagnoses diagnoses;
    private final ClinicalAccess clinicalAccess;
    private final Couples couples;
    private final CurrentUser currentUser;
    private final Clock clock;

    BillingTab(Charges charges, FeeSchedule fees, Invoices invoices, Payments payments, Packages packages,
               Superbills superbills, Statements statements, Diagnoses diagnoses, ClinicalAccess clinicalAccess, Couples couples,
               CurrentUser currentUser, Clock clock) {
        this.packages = packages;
        this.superbills = superbills;
        this.statements = statements;
        this.diagnoses = diagnoses;
        this.clinicalAccess = clinicalAccess;
        this.charges = charges;
        this.fees = fees;
        this.invoices = invoices;
        this.payments = payments;
        this.couples = couples;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Billing";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SCHEDULE;
    }

    @Override
    public Component content(UUID coupleId) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        fill(content, coupleId);
        return content;
    }

    private void fill(VerticalLayout content, UUID coupleId) {
        content.removeAll();
        Balance balance;
        try {
            balance = payments.balanceOf(coupleId);
        } catch (AccessDeniedException refused) {
            content.add(new Paragraph(refused.getMessage()));
            return;
        }
        content.add(balance(balance));
        boolean bills = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)).orElse(false);
        Couple couple = couples.get(coupleId);
        if (!bills) {
            content.add(new H4("Packages"), packageGrid(packages.ofCouple(coupleId)));
            if (clinicalAccess.may(RecordKind.DIAGNOSIS, coupleId)) {
                content.add(new DiagnosesPanel(couple, diagnoses, LocalDate.now(clock)));
            }
            return;
        }
        Runnable refresh = () -> fill(content, coupleId);
        content.add(payerLine(invoices.payerOf(coupleId), couple));
        List<Invoice> issued = invoices.ofCouple(coupleId);
        Button pay = new Button("Record a payment", click -> new PaymentDialog(couple,
                issued.stream().filter(i -> i.outstanding().isPositive()).toList(), payments, clock, refresh).open());
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button issue = new Button("Issue an invoice", click -> {
            List<Invoice> made = new java.util.ArrayList<>();
            if (Feedback.attempt(() -> made.addAll(invoices.issue(coupleId)), java.util.Map.of())) {
                Feedback.done(made.size() == 1 ? "Invoice issued." : made.size() + " invoices issued: "
                        + "individual sessions go to their partner alone.");
                refresh.run();
            }
        });
        Button payer = new Button("Who pays", click -> new PayerDialog(couple, invoices.payerOf(coupleId), invoices,
                refresh).open());
        Button scale = new Button("Sliding scale", click -> new AmountDialog("Sliding scale",
                "Percentage of every fee from now on, e.g. 60; empty for standard fees",
                fees.slidingScaleOf(coupleId).map(SlidingScale::percent).orElse(null), true,
                (percent, reason) -> fees.setSlidingScale(coupleId, percent, reason), refresh).open());
        Button sell = new Button("Sell a package", click -> new PackageDialog(coupleId, fees.fees().stream()
                .filter(fee -> fee.service().byLength()).toList(), packages, refresh).open());
        Button superbill = new Button("Superbill", click -> new SuperbillDialog(couple, superbills,
                LocalDate.now(clock)).open());
        Button statement = new Button("Statement", click -> new StatementDialog(couple, statements,
                YearMonth.now(clock)).open());
        HorizontalLayout actions = new HorizontalLayout(pay, issue, payer, scale, sell, statement, superbill);
        actions.setWrap(true);
        content.add(actions);
        content.add(new H4("Charges"), chargeGrid(charges.ofCouple(coupleId), refresh));
        content.add(new H4("Invoices"), invoiceGrid(issued, refresh));
        content.add(new H4("Payments"), paymentGrid(payments.ofCouple(coupleId), refresh));
        content.add(new H4("Packages"), packageGrid(packages.ofCouple(coupleId)));
    }

    private static Grid<SessionPackage> packageGrid(List<SessionPackage> items) {
        Grid<SessionPackage> grid = grid();
        grid.addColumn(p -> Shown.day(p.soldOn())).setHeader("Sold").setAutoWidth(true);
        grid.addColumn(SessionPackage::label).setHeader("Sessions of");
        grid.addColumn(p -> p.used() + " of " + p.sessions()).setHeader("Used").setAutoWidth(true);
        grid.addColumn(SessionPackage::remaining).setHeader("Left").setAutoWidth(true);
        grid.addColumn(p -> Shown.money(p.price())).setHeader("Price").setAutoWidth(true);
        grid.setItems(items);
        grid.setEmptyStateText("No prepaid packages.");
        return grid;
    }

    /** Who pays the joint work; each partner's own individual sessions are invoiced to them alone. */
    private static Component payerLine(Payer payer, Couple couple) {
        String who = switch (payer.kind()) {
            case PARTNER -> nameOf(couple, payer.personId());
            case SPLIT -> {
                BigDecimal share = payer.sharePercent() == null ? BigDecimal.valueOf(50) : payer.sharePercent();
                UUID other = couple.partnerA().personId().equals(payer.personId()) ? couple.partnerB().personId()
                        : couple.partnerA().personId();
                yield nameOf(couple, payer.personId()) + " " + share.stripTrailingZeros().toPlainString() + " % and "
                        + nameOf(couple, other) + " " + BigDecimal.valueOf(100).subtract(share).stripTrailingZeros()
                        .toPlainString() + " %";
            }
            case THIRD_PARTY -> payer.thirdPartyName() + (payer.thirdPartyAddress() == null ? ""
                    : ", " + payer.thirdPartyAddress()) + (payer.thirdPartyEmail() == null ? ", no email address"
                    : ", " + payer.thirdPartyEmail());
        };
        Span line = new Span("Who pays: " + who + " · individual sessions: each partner their own");
        line.setId("billing-payer");
        return line;
    }

    private static String nameOf(Couple couple, @Nullable UUID personId) {
        return couple.partnerB().personId().equals(personId) ? couple.partnerB().displayName()
                : couple.partnerA().displayName();
    }

    private static Component balance(Balance balance) {
        String partners = String.join("; ", balance.partners().stream()
                .map(p -> p.name() + " " + Shown.money(p.outstanding())).toList());
        Span due = new Span("Due now: " + balance.currency() + " " + Shown.money(balance.due()));
        due.getStyle().set("font-weight", "bold");
        return new VerticalLayout(due, new Span("Invoiced and unpaid " + Shown.money(balance.outstanding())
                + " · credit " + Shown.money(balance.credit()) + " · not yet invoiced " + Shown.money(balance.unbilled())),
                new Span("By partner: " + partners));
    }

    private Grid<Charge> chargeGrid(List<Charge> items, Runnable refresh) {
        Grid<Charge> grid = grid();
        grid.addColumn(c -> Shown.day(c.serviceDate())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(Charge::description).setHeader("What");
        grid.addColumn(c -> c.cptCode() == null ? "" : c.cptCode()).setHeader("CPT").setAutoWidth(true);
        grid.addColumn(c -> Shown.money(c.net()) + (c.adjustments().isEmpty() ? "" : " (was " + Shown.money(c.amount()) + ")"))
                .setHeader("Amount").setAutoWidth(true);
        grid.addColumn(c -> c.invoiced() ? c.invoiceNumber() : c.coveredByPackage() ? "prepaid package" : "not yet")
                .setHeader("Invoice").setAutoWidth(true);
        grid.addComponentColumn(c -> corrections(c, refresh)).setAutoWidth(true);
        grid.setItems(items);
        grid.setEmptyStateText("No charges yet: sessions are charged when they are marked completed.");
        return grid;
    }

    /**
     * What may still be done to a charge: nothing once invoiced (a credit note corrects it) or paid by a
     * package; a charge brought to nothing can only be raised again, not written off.
     */
    private Component corrections(Charge charge, Runnable refresh) {
        HorizontalLayout actions = new HorizontalLayout();
        if (charge.invoiced() || charge.coveredByPackage()) {
            return actions;
        }
        actions.add(small("Adjust", () -> new AmountDialog("Adjust", "Negative lowers the charge, e.g. -20.00", null, true,
                (amount, reason) -> charges.correct(charge.id(), new ChargeCorrection(false, amount, reason)), refresh).open()));
        if (charge.net().isPositive()) {
            actions.add(small("Write off", () -> new AmountDialog("Write off", "", null, false,
                    (amount, reason) -> charges.correct(charge.id(), new ChargeCorrection(true, null, reason)), refresh).open()));
        }
        return actions;
    }

    private Grid<Invoice> invoiceGrid(List<Invoice> items, Runnable refresh) {
        Grid<Invoice> grid = grid();
        grid.addColumn(Invoice::number).setHeader("Number").setAutoWidth(true);
        grid.addColumn(i -> Shown.day(i.issuedOn())).setHeader("Issued").setAutoWidth(true);
        grid.addColumn(Invoice::payerName).setHeader("To");
        grid.addColumn(i -> Shown.money(i.total())).setHeader("Total").setAutoWidth(true);
        grid.addColumn(i -> Shown.money(i.outstanding())).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(i -> {
            HorizontalLayout actions = new HorizontalLayout(pdf(i),
                    small("Credit note", () -> new AmountDialog("Credit note", "At most " + Shown.money(i.total().minus(i.credited())),
                            null, true, (amount, reason) -> invoices.credit(i.id(), amount, reason), refresh).open()));
            if (i.payerKind() == PayerKind.THIRD_PARTY) {
                actions.add(small("Email to payer", () -> {
                    String[] to = new String[1];
                    if (Feedback.attempt(() -> to[0] = invoices.emailToThirdParty(i.id()), Map.of())) {
                        Feedback.done("Invoice " + i.number() + " goes by email to " + to[0]
                                + "; the Messages tab shows when it went.");
                    }
                }));
            }
            return actions;
        }).setAutoWidth(true);
        grid.setItems(items);
        grid.setEmptyStateText("No invoices issued.");
        return grid;
    }

    private Grid<Payment> paymentGrid(List<Payment> items, Runnable refresh) {
        Grid<Payment> grid = grid();
        grid.addColumn(p -> Shown.day(p.receivedOn())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(p -> p.method().label()).setHeader("How").setAutoWidth(true);
        grid.addColumn(p -> p.reference() == null ? "" : p.reference()).setHeader("Reference");
        grid.addColumn(p -> Shown.money(p.amount())).setHeader("Amount").setAutoWidth(true);
        grid.addColumn(p -> Shown.money(p.unallocated())).setHeader("Unallocated").setAutoWidth(true);
        grid.addComponentColumn(p -> p.unallocated().isPositive() ? small("Refund", () -> new AmountDialog("Refund",
                "At most " + Shown.money(p.unallocated()), p.unallocated().amount(), true,
                (amount, reason) -> payments.refund(p.id(), amount, reason), refresh).open()) : new Span())
                .setAutoWidth(true);
        grid.setItems(items);
        grid.setEmptyStateText("No payments recorded.");
        return grid;
    }

    private Anchor pdf(Invoice invoice) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = invoices.pdf(invoice.id());
            return new DownloadResponse(new ByteArrayInputStream(file), "invoice-" + invoice.number() + ".pdf",
                    "application/pdf", file.length);
        }), "PDF");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
