package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.imagoclinic.staff.NewSignIn;

/**
 * Shows a sign-in's one-time password, the only time anyone sees it: the administrator hands it
 * over, and the person must choose their own at the first sign-in. Closes only with its button.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String heading, NewSignIn signIn, Runnable afterClose) {
        setHeaderTitle(heading);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setMaxWidth("32rem");
        Span username = new Span(signIn.username());
        username.setId("new-sign-in-username");
        Span password = new Span(signIn.oneTimePassword());
        password.setId("one-time-password");
        password.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-weight", "600");
        add(new Paragraph(new Span("User name: "), username),
                new Paragraph(new Span("One-time password: "), password),
                new Paragraph("Hand these over in person. The password is shown only now and must be changed "
                        + "at the first sign-in."));
        Button done = new Button("I have noted the password", click -> {
            close();
            afterClose.run();
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
