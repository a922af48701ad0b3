package org.imagoclinic.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.imagoclinic.security.internal.AccountLockedException;
import org.imagoclinic.security.internal.PasswordTooLongException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/** The sign-in page; the form posts to Spring Security's {@code /login}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Imago Clinic")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = org.imagoclinic.shared.ui.components.ClinicFormat.TIME.formatter();

    private final LoginForm form = new LoginForm();
    private final transient Clock clock;

    LoginView(Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());

        H1 title = new H1("Imago Clinic");
        Paragraph tagline = new Paragraph("Practice management for Imago couples therapy");
        add(title, tagline, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailure() instanceof AccountLockedException locked) {
            LoginI18n texts = texts();
            texts.getErrorMessage().setTitle("Sign-in locked");
            texts.getErrorMessage().setMessage("After five failed sign-ins this user name is locked until "
                    + TIME.format(locked.lockedUntil().atZone(clock.getZone()))
                    + ". Try again then, or ask an administrator to unlock it.");
            form.setI18n(texts);
        } else if (failed && lastFailure() instanceof PasswordTooLongException tooLong) {
            LoginI18n texts = texts();
            texts.getErrorMessage().setTitle("Password too long");
            texts.getErrorMessage().setMessage(tooLong.getMessage());
            form.setI18n(texts);
        }
        form.setError(failed);
    }

    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        texts.getForm().setTitle("Sign in");
        texts.getForm().setUsername("User name");
        texts.getForm().setSubmit("Sign in");
        texts.getErrorMessage().setTitle("Sign-in failed");
        texts.getErrorMessage().setMessage("The user name or password is not right. Check them and try again.");
        return texts;
    }
}
