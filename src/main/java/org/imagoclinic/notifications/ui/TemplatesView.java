package org.imagoclinic.notifications.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The administrator's editor of the clinic's message wording: each kind's subject, plain text and
 * HTML with the placeholders it can fill, a preview with the clinic's details and a made-up session,
 * and the service's checks shown next to each field (an unknown placeholder, a length). Saving is
 * audited; messages still waiting go out in the new wording.
 */
@Route("message-templates")
@PageTitle("Message templates · Imago Clinic")
@Menu(title = "Message templates", order = 25, icon = "vaadin:envelope-open")
@RolesAllowed(Roles.ADMIN)
class TemplatesView extends VerticalLayout {

    private final MessageTemplates templates;
    private final Select<TemplateKind> kind = new Select<>();
    private final TextField subject = new TextField("Subject");
    private final TextArea bodyText = new TextArea("Plain text (email and text messages)");
    private final TextArea bodyHtml = new TextArea("HTML (email)");
    private final Paragraph placeholders = new Paragraph();
    private final Pre previewText = new Pre();
    private final H3 previewSubject = new H3();
    private final IFrame previewHtml = new IFrame();

    TemplatesView(MessageTemplates templates) {
        this.templates = templates;
        kind.setLabel("Message");
        kind.setItems(TemplateKind.values());
        kind.setItemLabelGenerator(TemplateKind::label);
        kind.addValueChangeListener(change -> load(change.getValue()));
        subject.setMaxLength(InputLimits.LINE);
        subject.setWidthFull();
        bodyText.setMaxLength(InputLimits.TEXT);
        bodyHtml.setMaxLength(InputLimits.TEXT);
        bodyText.setWidthFull();
        bodyHtml.setWidthFull();
        previewHtml.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        previewHtml.setWidthFull();
        previewHtml.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        Button preview = new Button("Preview", click -> preview());
        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        preview.setId("template-preview");
        kind.setId("template-kind");
        bodyText.setId("template-body-text");
        previewText.setId("template-preview-text");
        add(new Paragraph("Messages carry the minimum: the day, time and place, the clinic's contact, never clinical "
                        + "content and never the other partner's name. Placeholders in {{double braces}} are filled in "
                        + "when a message goes, so waiting messages use the wording saved last."), kind, placeholders,
                subject, bodyText, bodyHtml, new HorizontalLayout(preview, save), previewSubject, previewText, previewHtml);
        kind.setValue(TemplateKind.REMINDER);
    }

    private void load(TemplateKind chosen) {
        templates.templates().stream().filter(template -> template.kind() == chosen).findFirst().ifPresent(template -> {
            subject.setValue(template.subject());
            bodyText.setValue(template.bodyText());
            bodyHtml.setValue(template.bodyHtml());
        });
        placeholders.setText("Placeholders: " + chosen.placeholders().stream().map(name -> "{{" + name + "}}")
                .collect(Collectors.joining(" ")));
        for (var field : List.of(subject, bodyText, bodyHtml)) {
            field.setInvalid(false);
        }
        preview();
    }

    private MessageTemplate current() {
        return new MessageTemplate(kind.getValue(), subject.getValue(), bodyText.getValue(), bodyHtml.getValue());
    }

    private void preview() {
        Feedback.attempt(() -> {
            MessageTemplates.Preview shown = templates.preview(current());
            previewSubject.setText(shown.subject());
            previewText.setText(shown.text());
            previewHtml.setSrcdoc(shown.html());
        }, fields());
    }

    private void save() {
        if (Feedback.attempt(() -> templates.replace(current()), fields())) {
            Feedback.done("Saved “" + kind.getValue().label() + "”: messages that go from now on use this wording.");
            preview();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("subject", subject, "bodyText", bodyText, "bodyHtml", bodyHtml);
    }
}
