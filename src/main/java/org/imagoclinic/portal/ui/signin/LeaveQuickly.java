package org.imagoclinic.portal.ui.signin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.shared.Registration;

/**
 * "Leave quickly" on every portal page (ADR 0055), for a partner at risk from the person who may walk in:
 * a button in the top corner that, in the browser and without waiting for the server, replaces the page
 * with a neutral site. The browser goes through {@code /portal/leave}, which ends the portal session;
 * {@code location.replace} keeps the portal page out of the back history.
 */
public final class LeaveQuickly {

    public static final String ID = "portal-leave-quickly";
    static final String LEAVE = "/portal/leave";

    private LeaveQuickly() {
    }

    /** Shows the button over the page whenever the page is shown. */
    public static void on(Component page) {
        page.addAttachListener(attach -> {
            Button button = button();
            attach.getUI().add(button);
            Registration[] untilDetached = new Registration[1];
            untilDetached[0] = page.addDetachListener(detach -> {
                button.removeFromParent();
                untilDetached[0].remove();
            });
        });
    }

    private static Button button() {
        Button leave = new Button("Leave quickly");
        leave.setId(ID);
        leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        leave.setTooltipText("Opens a weather page at once and signs you out");
        leave.getStyle().set("position", "fixed").set("top", "var(--lumo-space-s)").set("right", "var(--lumo-space-s)")
                .set("z-index", "1000");
        // in the browser itself: no round trip to the server before the page is gone
        leave.getElement().executeJs("this.addEventListener('click', () => window.location.replace($0))", LEAVE);
        return leave;
    }
}
