package org.imagoclinic.portal.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.ConsentTexts;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Administrators edit the consent texts partners sign in the portal. Saving a changed text publishes a new
 * version; signatures of older versions stay as they were and every partner is asked to sign the new one.
 */
@Route("admin/consent-texts")
@PageTitle("Consent texts · Imago Clinic")
@Menu(title = "Consent texts", order = 86, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.ADMIN)
class ConsentTextsView extends VerticalLayout {

    private final ConsentTexts texts;

    ConsentTextsView(ConsentTexts texts) {
        this.texts = texts;
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Consent texts"), new Paragraph("The texts partners sign in their portal by typing their name. "
                + "Publishing a change makes a new version: what was signed stays on record as it was, and every partner "
                + "is asked to sign the new version."));
        texts.current().forEach(text -> add(editor(text)));
    }

    private Div editor(ConsentText text) {
        String id = text.kind().name().toLowerCase(Locale.ROOT);
        TextField title = new TextField("Title");
        title.setId("consent-text-title-" + id);
        title.setValue(text.title());
        title.setMaxLength(InputLimits.LINE);
        title.setWidthFull();
        TextArea body = new TextArea("Text");
        body.setId("consent-text-body-" + id);
        body.setValue(text.body());
        body.setMaxLength(InputLimits.TEXT);
        body.setWidthFull();
        Button publish = new Button("Publish as version " + (text.version() + 1));
        publish.setId("consent-text-publish-" + id);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> {
            if (Feedback.attempt(() -> texts.publish(text.kind(), title.getValue(), body.getValue()),
                    Map.of("title", title, "body", body))) {
                Feedback.done("Published. Partners will be asked to sign the new version.");
                show();
            }
        });
        Div editor = new Div(new H3(text.kind().label() + " · version " + text.version()), title, body, publish);
        editor.setWidthFull();
        return editor;
    }
}
