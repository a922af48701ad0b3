package org.imagoclinic.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalTime;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
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

        assertThat($(H2.class).withId("greeting").single().getText()).endsWith(", Dr Daniel Lee");
        assertThat($(Paragraph.class).withId("roles").single().getText()).isEqualTo("Signed in as Therapist.");
    }

    @Test
    void namesEveryRoleOfSomeoneWhoHoldsSeveral() {
        TestAccounts.signIn(context, "supervisor");

        navigate(HomeView.class);

        assertThat($(Paragraph.class).withId("roles").single().getText())
                .isEqualTo("Signed in as Therapist and Supervisor.");
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Home")
                .doesNotContain("Accounts");

        TestAccounts.signIn(context, "admin");
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Home", "Accounts");
    }

    @Test
    void theGreetingFollowsTheTimeOfDay() {
        assertThat(HomeView.greeting(LocalTime.of(8, 0))).isEqualTo("Good morning");
        assertThat(HomeView.greeting(LocalTime.of(12, 0))).isEqualTo("Good afternoon");
        assertThat(HomeView.greeting(LocalTime.of(18, 30))).isEqualTo("Good evening");
    }
}
