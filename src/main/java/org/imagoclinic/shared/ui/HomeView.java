package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The landing page after sign-in: greets the user by name, says in which role they work, and shows
 * the feature modules' {@link HomePanel panels} for them.
 */
@Route("")
@PageTitle("Home · Imago Clinic")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(HomeView.class);

    /** The greeting follows the clinic's clock (its time zone), not the server's. */
    HomeView(AuthenticationContext authentication, List<HomePanel> panels, Clock clinicClock) {
        addClassName("home-view");
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            add(welcome(user, LocalTime.now(clinicClock)));
            panels.stream().sorted(Comparator.comparingInt(HomePanel::order))
                    .forEach(panel -> panelFor(panel, user).ifPresent(this::add));
        });
    }

    /** The greeting and the user's roles, as static HTML: nothing changes them while the page is open. */
    static Html welcome(SignedInUser user, LocalTime now) {
        Element welcome = new Element("div").id("welcome").addClass("home-panel");
        welcome.appendElement("h2").id("greeting").text(greeting(now) + ", " + user.displayName());
        welcome.appendElement("p").id("roles").text("Signed in as " + String.join(" and ", user.roleLabels()) + ".");
        return StaticHtml.of(welcome);
    }

    /** One module's failing panel must not take the whole home page down with it. */
    static Optional<Component> panelFor(HomePanel panel, SignedInUser user) {
        try {
            return panel.content(user);
        } catch (RuntimeException failure) {
            log.error("The home panel {} could not be shown", panel.getClass().getName(), failure);
            Paragraph notice = new Paragraph("Part of this page could not be shown. The rest works; "
                    + "please tell your administrator if this stays so.");
            notice.addClassName("home-panel-failed");
            return Optional.of(notice);
        }
    }

    static String greeting(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return "Good morning";
        }
        return time.isBefore(LocalTime.of(18, 0)) ? "Good afternoon" : "Good evening";
    }
}
