package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagoclinic.shared.MenuCount;
import org.imagoclinic.shared.ShellNotice;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.MenuCounts;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in view: the product's name, a side navigation built from the
 * views' {@code @Menu} entries (each user sees only the views their role may open), and the
 * signed-in user's name with the way to change the password and to sign out. Above every page it
 * shows the warnings other modules contribute as {@link ShellNotice}s (open break-glass access).
 *
 * <p>The drawer and the user's name are {@link StaticHtml}: the same web components and links
 * Vaadin's {@code SideNav} and {@code Avatar} render, without a server-side node for each item and
 * icon that every open page would keep (ADR 0021). Only "Sign out" talks to the server.
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
@Uses(Avatar.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Where the skip link leads when the page itself has no id of its own. */
    static final String MAIN_CONTENT = "main-content";

    private final H1 title = new H1();
    private final Anchor skipLink = new Anchor("#" + MAIN_CONTENT, "Skip to content");
    private final Span notice = new Span();
    private final transient List<ShellNotice> notices;
    private final transient List<MenuCount> counts;
    private Html drawer;
    private @Nullable Registration refreshAsked;
    /** The constructor has just counted: the first navigation needs no second count. */
    private boolean countedOnOpening = true;

    MainLayout(AuthenticationContext authentication, ObjectProvider<ShellNotice> notices,
               ObjectProvider<MenuCount> counts) {
        this.notices = notices.orderedStream().toList();
        this.counts = counts.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        title.addClassName("shell-title");
        notice.setId("shell-notice");
        notice.getElement().getThemeList().add("badge error");
        notice.setVisible(false);
        skipLink.addClassName("skip-link");
        // neither the router nor the page's <base href> may turn it into a navigation: it only moves
        // the focus to the page's content, so that the next Tab goes on from there
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + " const main = document.querySelector('[role=main]'); if (main) { main.focus(); } })");
        addToNavbar(skipLink, new DrawerToggle(), title, notice);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> addToNavbar(userLinks(user),
                signOut(authentication)));
        drawer = drawer(MenuConfiguration.getMenuEntries(), this.counts);
        addToDrawer(drawer);
    }

    /**
     * Recounts when a view asks ({@link MenuCounts#refresh()}, say after a co-signature): the shell stays
     * open across navigations, so it also recounts after each one.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        refreshAsked = MenuCounts.onRefresh(attach.getUI(), this::recount);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (refreshAsked != null) {
            refreshAsked.remove();
            refreshAsked = null;
        }
        super.onDetach(detach);
    }

    /** Recounts the menu's counts, replacing the drawer only when one changed. */
    private void recount() {
        if (counts.isEmpty()) {
            return;
        }
        Html fresh = drawer(MenuConfiguration.getMenuEntries(), counts);
        if (!fresh.getInnerHtml().equals(drawer.getInnerHtml())) {
            remove(drawer);
            drawer = fresh;
            addToDrawer(drawer);
        }
    }

    /** Each page is the {@code main} landmark, reachable by the skip link and focusable by it. */
    @Override
    public void setContent(Component content) {
        super.setContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("tabindex", "-1");
            if (content.getId().isEmpty()) {
                content.setId(MAIN_CONTENT);
            }
            skipLink.setHref("#" + content.getId().orElse(MAIN_CONTENT));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (countedOnOpening) {
            countedOnOpening = false;
        } else {
            recount();
        }
        PageTitle pageTitle = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
        title.setText(pageTitle == null ? "" : pageTitle.value().replace(" · Imago Clinic", ""));
        String warnings = notices.stream().map(ShellNotice::forSignedInUser).flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        notice.setText(warnings);
        notice.setVisible(!warnings.isEmpty());
    }

    /** The product's name above a side navigation with an item per entry, as {@code SideNavItem}s render them. */
    static Html drawer(List<MenuEntry> entries) {
        return drawer(entries, List.of());
    }

    /** As {@link #drawer(List)}, each entry with a count beside it when a {@link MenuCount} gives one. */
    static Html drawer(List<MenuEntry> entries, List<MenuCount> counts) {
        Element drawer = new Element("div").addClass("shell-drawer");
        drawer.appendElement("div").addClass("shell-brand").appendElement("span").text("Imago Clinic");
        Element navigation = drawer.appendElement("vaadin-side-nav").addClass("shell-navigation");
        for (MenuEntry entry : entries) {
            Element item = navigation.appendElement("vaadin-side-nav-item").attr("path", path(entry.path()));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            item.appendText(entry.title());
            for (MenuCount count : counts) {
                if (path(count.route()).equals(path(entry.path()))) {
                    count.forSignedInUser().ifPresent(n -> item.appendElement("span").attr("slot", "suffix")
                            .attr("theme", "badge pill small" + (n > 0 ? " contrast" : "")).addClass("menu-count")
                            .attr("aria-label", count.describe(n)).text(String.valueOf(n)));
                }
            }
        }
        return StaticHtml.of(drawer);
    }

    /** A route's path as {@code SideNavItem.setPath} writes it: relative to the application, URI-encoded. */
    private static String path(String path) {
        return UrlUtil.encodeURI(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The user's avatar and name, and the links to change the password and to set up two-factor sign-in. */
    static Html userLinks(SignedInUser user) {
        Element links = new Element("div").id("user-menu").addClass("shell-user");
        links.appendElement("vaadin-avatar").attr("name", user.displayName()).attr("aria-hidden", "true");
        links.appendElement("span").addClass("shell-user-name").text(user.displayName());
        links.appendElement("a").attr("href", "password").text("Change password");
        links.appendElement("a").attr("href", "two-factor").text("Two-factor sign-in");
        return StaticHtml.of(links);
    }

    private static Component signOut(AuthenticationContext authentication) {
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        signOut.addClassName("shell-sign-out");
        return signOut;
    }
}
