package org.imagoclinic.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.Account;
import org.imagoclinic.security.internal.AccountService;
import org.imagoclinic.security.internal.TwoFactorService;
import org.imagoclinic.security.internal.TwoFactorStatus;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;

/** Administrators' list of sign-in accounts, paged lazily from the database, with unlocking and two-factor requirements. */
@Route("admin/accounts")
@PageTitle("Accounts · Imago Clinic")
@Menu(title = "Accounts", order = 90, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = org.imagoclinic.shared.ui.components.ClinicFormat.TIME.formatter();

    private final AccountService accounts;
    private final transient TwoFactorService twoFactor;
    private final transient Clock clock;
    private final Grid<Account> grid = new Grid<>();

    AccountsView(AccountService accounts, TwoFactorService twoFactor, Clock clock) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.clock = clock;
        setSizeFull();
        grid.addColumn(Account::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Account::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(account -> Roles.ALL.stream().filter(account.roles()::contains).map(Roles::label)
                .collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(account -> account.mustChangePassword() ? "Must change at next sign-in" : "")
                .setHeader("Password");
        grid.addComponentColumn(this::signInCell).setHeader("Sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::twoFactorCell).setHeader("Two-factor sign-in").setAutoWidth(true);
        grid.setItems(query -> accounts.accounts(query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts());
        grid.setSizeFull();
        add(new H2("Accounts"), requiredRoles(), grid);
    }

    /** The roles whose holders must set up two-factor sign-in, saved as soon as one is ticked or cleared. */
    private Component requiredRoles() {
        CheckboxGroup<String> roles = new CheckboxGroup<>("Two-factor sign-in required for");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        roles.setValue(twoFactor.requiredRoles());
        roles.setHelperText("Everyone holding a ticked role sets up two-factor sign-in right after their password at "
                + "their next sign-in.");
        roles.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                twoFactor.requireForRoles(change.getValue());
                grid.getDataProvider().refreshAll();
                Notification.show("Saved.");
            }
        });
        return roles;
    }

    private Component twoFactorCell(Account account) {
        TwoFactorStatus status = twoFactor.statusOf(account.id());
        Checkbox required = new Checkbox("Required", status.required());
        required.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                twoFactor.requireForAccount(account.id(), change.getValue());
                grid.getDataProvider().refreshItem(account);
            }
        });
        HorizontalLayout cell = new HorizontalLayout(new Span(status.enrolled() ? "On" : "Off"), required);
        if (status.enrolled()) {
            Button reset = new Button("Turn off", click -> confirmReset(account));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(reset);
        }
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private void confirmReset(Account account) {
        ConfirmDialog confirm = new ConfirmDialog("Turn off " + account.displayName() + "'s two-factor sign-in?",
                "Only when they lost their phone and their recovery codes, and you know it is them asking. They sign "
                        + "in with the password alone until they set it up again.",
                "Turn off", event -> {
                    twoFactor.resetFor(account.id());
                    grid.getDataProvider().refreshAll();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private Component signInCell(Account account) {
        if (!account.enabled()) {
            return new Span("Deactivated");
        }
        return accounts.lockedUntil(account.username())
                .<Component>map(until -> {
                    Button unlock = new Button("Unlock", click -> confirmUnlock(account));
                    unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    HorizontalLayout cell = new HorizontalLayout(
                            new Span("Locked until " + TIME.format(until.atZone(clock.getZone()))), unlock);
                    cell.setAlignItems(Alignment.CENTER);
                    return cell;
                })
                .orElseGet(() -> new Span("Can sign in"));
    }

    private void confirmUnlock(Account account) {
        ConfirmDialog confirm = new ConfirmDialog("Unlock " + account.displayName() + "?",
                "They can sign in again at once. Unlock only when you know the failed attempts were theirs.",
                "Unlock", event -> {
                    accounts.unlock(account.username());
                    grid.getDataProvider().refreshAll();
                    Notification.show(account.displayName() + " can sign in again.");
                });
        confirm.setCancelable(true);
        confirm.open();
    }
}
