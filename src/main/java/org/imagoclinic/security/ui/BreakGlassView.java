package org.imagoclinic.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * Break-glass: a therapist or supervisor opens a couple's records outside their care team for one
 * hour, choosing why from a list and saying it in their own words. The couple's page links here.
 */
@Route("couples/:coupleId/break-glass")
@PageTitle("Break-glass access · Imago Clinic")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR})
class BreakGlassView extends VerticalLayout implements BeforeEnterObserver {

    private final Select<BreakGlassCategory> category = new Select<>();
    private final TextArea reason = new TextArea("What happened");
    private @Nullable UUID coupleId;

    BreakGlassView(ClinicalAccess access) {
        setMaxWidth("36rem");
        category.setLabel("Why you need the records");
        category.setItems(BreakGlassCategory.values());
        category.setItemLabelGenerator(BreakGlassCategory::label);
        category.setWidthFull();
        reason.setHelperText("At least 10 characters: who asked, what is at stake, why it can't wait for the care team.");
        reason.setMaxLength(InputLimits.LINE);
        reason.setWidthFull();
        Button open = new Button("Open the records for one hour", click -> open(access));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new H2("Break-glass access"),
                new Paragraph("You are not on this couple's care team. In an emergency you may open their records for"
                        + " one hour. Everything you open is audited, and a supervisor or an administrator reviews"
                        + " every break-glass access. One person may do this at most "
                        + ClinicalAccess.BREAK_GLASS_GRANTS_PER_DAY + " times a day."),
                category, reason, open);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            coupleId = UUID.fromString(event.getRouteParameters().get("coupleId").orElse(""));
        } catch (IllegalArgumentException unknown) {
            coupleId = null;
            removeAll();
            add(new H2("No such couple"), new Paragraph("This link leads to no couple the clinic has registered."),
                    new Anchor("couples", "Back to the couples list"));
        }
    }

    private void open(ClinicalAccess access) {
        UUID couple = coupleId;
        if (couple != null && Feedback.attempt(() -> access.breakGlass(couple, category.getValue(), reason.getValue()),
                Map.of("category", category, "reason", reason))) {
            getUI().ifPresent(ui -> ui.navigate("couples/" + couple));
        }
    }
}
