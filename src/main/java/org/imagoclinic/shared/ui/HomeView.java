package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;
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

    HomeView(AuthenticationContext authentication, List<HomePanel> panels) {
        addClassName("home-view");
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            H2 greeting = new H2(greeting(LocalTime.now()) + ", " + user.displayName());
            greeting.setId("greeting");
            Paragraph roles = new Paragraph("Signed in as " + String.join(" and ", user.roleLabels()) + ".");
            roles.setId("roles");
            add(greeting, roles);
            panels.stream().sorted(Comparator.comparingInt(HomePanel::order))
                    .forEach(panel -> panelFor(panel, user).ifPresent(this::add));
        });
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
