package org.imagoclinic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A therapist sets up two-factor sign-in from their own page, then signs in with password and code (ADR 0034). */
@ClinicIntegrationTest
class TwoFactorViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "two-factor-view-2026";

    @Autowired
    ApplicationContext context;
    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void enrolWithTheQrCodeThenTheSignInAsksForTheCodeAfterThePassword() {
        String username = TestAccounts.createForLoad(context, "ui2fa", PASSWORD, Roles.THERAPIST);
        TestAccounts.signInWithPassword(context, username, PASSWORD);
        navigate(TwoFactorView.class);

        test($(Button.class).withText("Set up two-factor sign-in").single()).click();
        assertThat($(com.vaadin.flow.component.html.Image.class).single().getSrc()).startsWith("data:image/svg+xml;base64,");
        String secret = $(Span.class).withClassName("two-factor-secret").single().getText();
        test($(TextField.class).withCaption("Code from your app").single()).setValue(TestAccounts.currentCode(secret));
        test($(Button.class).withText("Turn on").single()).click();
        assertThat($(ListItem.class).all()).hasSize(10);

        SecurityContextHolder.clearContext();
        TestAccounts.signInWithPassword(context, username, PASSWORD);
        assertThat(currentUser.require().roles()).isEmpty();
        navigate("api-tokens", SignInCodeView.class);

        TextField code = $(TextField.class).withCaption("Code").single();
        test(code).setValue("000000");
        test($(Button.class).withText("Sign in").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("not right");

        TestClinicClock.advance(Duration.ofSeconds(30));
        test(code).setValue(TestAccounts.currentCode(secret));
        test($(Button.class).withText("Sign in").single()).click();

        assertThat(getCurrentView()).isNotInstanceOf(SignInCodeView.class);
        assertThat(currentUser.require().roles()).containsExactly(Roles.THERAPIST);
    }
}
