package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.imagoclinic.shared.SignedInUser;

/**
 * The shell around every signed-in view: the product's name, a side navigation built from the
 * views' {@code @Menu} entries (each user sees only the views their role may open), and a user
 * menu with the way to change the password and to sign out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final H1 title = new H1();

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        title.addClassName("shell-title");
        addToNavbar(new DrawerToggle(), title, userMenu());
        addToDrawer(brand(), navigation());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PageTitle pageTitle = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
        title.setText(pageTitle == null ? "" : pageTitle.value().replace(" · Imago Clinic", ""));
    }

    private static Div brand() {
        Div brand = new Div(new Span("Imago Clinic"));
        brand.addClassName("shell-brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("shell-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userMenu() {
        HorizontalLayout wrapper = new HorizontalLayout();
        wrapper.addClassName("shell-user");
        wrapper.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            MenuBar menu = new MenuBar();
            menu.setId("user-menu");
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            Avatar avatar = new Avatar(user.displayName());
            avatar.setTooltipEnabled(false);
            HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.displayName()));
            label.setAlignItems(FlexComponent.Alignment.CENTER);
            SubMenu actions = menu.addItem(label).getSubMenu();
            actions.addItem("Change password", click -> getUI().ifPresent(ui -> ui.navigate("password")));
            actions.addItem("Sign out", click -> authentication.logout());
            wrapper.add(menu);
        });
        return wrapper;
    }
}
