package org.imagoclinic.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.StaticParts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ClinicIntegrationTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void greetsTheSignedInTherapistByNameAndRole() {
        TestAccounts.signIn(context, "therapist");

        navigate(HomeView.class);

        assertThat(StaticParts.byId("welcome").orElseThrow().selectFirst("h2#greeting").text()).endsWith(", Dr Daniel Lee");
        assertThat(StaticParts.byId("welcome").orElseThrow().selectFirst("p#roles").text()).isEqualTo("Signed in as Therapist.");
    }

    @Test
    void namesEveryRoleOfSomeoneWhoHoldsSeveral() {
        TestAccounts.signIn(context, "supervisor");

        navigate(HomeView.class);

        assertThat(StaticParts.byId("welcome").orElseThrow().selectFirst("p#roles").text())
                .isEqualTo("Signed in as Therapist and Supervisor.");
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(HomeView.class);
        assertThat(StaticParts.menuLabels()).contains("Home")
                .doesNotContain("Accounts");

        TestAccounts.signIn(context, "admin");
        navigate(HomeView.class);
        assertThat(StaticParts.menuLabels()).contains("Home", "Accounts");
    }

    @Test
    void theGreetingTakesTheHourFromTheClinicsClockNotTheServers() {
        TestAccounts.signIn(context, "therapist");
        // one instant: 19:00 in London, 08:00 the next morning in Auckland
        Instant moment = Instant.parse("2026-12-07T19:00:00Z");
        Clock auckland = Clock.fixed(moment, ZoneId.of("Pacific/Auckland"));
        Clock london = Clock.fixed(moment, ZoneId.of("Europe/London"));

        assertThat(greetingOn(auckland)).contains("Good morning, Dr Daniel Lee");
        assertThat(greetingOn(london)).contains("Good evening, Dr Daniel Lee");
    }

    private String greetingOn(Clock clinicClock) {
        HomeView home = new HomeView(context.getBean(AuthenticationContext.class), List.of(), clinicClock);
        return ((Html) home.getComponentAt(0)).getInnerHtml();
    }

    @Test
    void theGreetingFollowsTheTimeOfDay() {
        assertThat(HomeView.greeting(LocalTime.of(8, 0))).isEqualTo("Good morning");
        assertThat(HomeView.greeting(LocalTime.of(12, 0))).isEqualTo("Good afternoon");
        assertThat(HomeView.greeting(LocalTime.of(18, 30))).isEqualTo("Good evening");
    }

    @Test
    void aPanelThatFailsIsReplacedByANoticeInsteadOfBreakingTheHomePage() {
        HomePanel failing = new HomePanel() {
            @Override
            public int order() {
                return 1;
            }

            @Override
            public Optional<Component> content(SignedInUser user) {
                throw new IllegalStateException("simulated failure");
            }
        };

        assertThat(HomeView.panelFor(failing, USER)).get().isInstanceOfSatisfying(Paragraph.class,
                notice -> assertThat(notice.getText()).startsWith("Part of this page could not be shown."));
    }

    private static final SignedInUser USER = new SignedInUser() {
        @Override
        public String username() {
            return "someone";
        }

        @Override
        public String displayName() {
            return "Someone";
        }

        @Override
        public List<String> roleLabels() {
            return List.of("Therapist");
        }
    };
}
