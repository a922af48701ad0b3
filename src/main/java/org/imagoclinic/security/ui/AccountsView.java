package org.imagoclinic.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.Account;
import org.imagoclinic.security.internal.AccountService;

/** Administrators' list of sign-in accounts, paged lazily from the database. */
@Route("admin/accounts")
@PageTitle("Accounts · Imago Clinic")
@Menu(title = "Accounts", order = 90, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout {

    AccountsView(AccountService accounts) {
        setSizeFull();
        Grid<Account> grid = new Grid<>();
        grid.addColumn(Account::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Account::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(account -> Roles.ALL.stream().filter(account.roles()::contains).map(Roles::label)
                .collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(account -> account.enabled() ? "Active" : "Deactivated").setHeader("Status");
        grid.addColumn(account -> account.mustChangePassword() ? "Must change at next sign-in" : "")
                .setHeader("Password");
        grid.setItems(query -> accounts.accounts(query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts());
        grid.setSizeFull();
        add(new H2("Accounts"), grid);
    }
}
