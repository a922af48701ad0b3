package org.imagoclinic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.IntStream;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.security.BreakGlassReview;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A therapist outside a couple's care team opens their records through the break-glass screen, sees
 * the banner on every page while the grant is open, and an administrator acknowledges the grant in
 * the review queue (ADR 0037).
 */
@ClinicIntegrationTest
class BreakGlassViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void breakGlassFromTheCouplePageShowsTheBannerAndLandsInTheReviewQueue() {
        TestStaff covering = TestAccounts.staff(context, "uiglass", Roles.THERAPIST);
        UUID couple = TestCouples.unscreenedCaredForBy(context,
                TestAccounts.staff(context, "uiglassown", Roles.THERAPIST).staffId()).id();
        TestAccounts.signIn(context, covering.username());

        navigate("couples/" + couple, Component.class);
        assertThat($(Span.class).withId("shell-notice").exists()).isFalse();
        assertThat($(Anchor.class).withId("break-glass-link").single().getHref()).isEqualTo("couples/" + couple + "/break-glass");

        navigate("couples/" + couple + "/break-glass", BreakGlassView.class);
        Select<BreakGlassCategory> why = $(Select.class).single();
        test($(Button.class).withText("Open the records for one hour").single()).click();
        assertThat(why.isInvalid()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(BreakGlassView.class);

        test(why).selectItem(BreakGlassCategory.SAFEGUARDING.label());
        test($(TextArea.class).single()).setValue("School rang about the couple's son, therapist on leave");
        test($(Button.class).withText("Open the records for one hour").single()).click();

        assertThat(getCurrentView()).isNotInstanceOf(BreakGlassView.class);
        Span banner = $(Span.class).withId("shell-notice").single();
        assertThat(banner.isVisible()).isTrue();
        Instant ends = context.getBean(BreakGlassReview.class).openGrantsOfSignedInPerson().getFirst().expiresAt();
        assertThat(Duration.between(TestClinicClock.current(), ends)).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
        assertThat(banner.getText()).contains("Break-glass access open",
                "until " + DateTimeFormatter.ofPattern("HH:mm").format(ends.atZone(TestClinicClock.clinic().getZone())));
        assertThat($(Anchor.class).withId("break-glass-link").exists()).isFalse();

        TestAccounts.signIn(context, "admin");
        navigate(BreakGlassReviewView.class);
        Grid<BreakGlassGrant> queue = $(Grid.class).single();
        int row = IntStream.range(0, test(queue).size())
                .filter(index -> test(queue).getRow(index).username().equals(covering.username()))
                .findFirst().orElseThrow();
        assertThat(test(queue).getCellText(row, 3)).isEqualTo(BreakGlassCategory.SAFEGUARDING.label());
        test((Button) test(queue).getCellComponent(row, 5)).click();
        assertThat(IntStream.range(0, test(queue).size()).mapToObj(index -> test(queue).getRow(index).username()))
                .doesNotContain(covering.username());
    }
}
