package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.imagoclinic.portal.ConsentSigning;
import org.imagoclinic.portal.MeasuresForMe;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.imagoclinic.portal.ui.signin.PortalSignInView;

/** A signed-in partner's start page in the portal (phone first). */
@Route(value = "portal", autoLayout = false)
@PageTitle("Your portal · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalHomeView extends VerticalLayout implements BeforeEnterObserver {

    private final PortalSession session;
    private final MeasuresForMe measures;
    private final ConsentSigning consents;

    PortalHomeView(PortalSession session, MeasuresForMe measures, ConsentSigning consents) {
        this.session = session;
        this.measures = measures;
        this.consents = consents;
        PortalPage.phoneFirst(this);
    }

    private static RouterLink link(String text, Class<? extends Component> page, String id) {
        RouterLink link = new RouterLink(text, page);
        link.setId(id);
        link.getStyle().set("font-size", "var(--lumo-font-size-l)");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInPartner partner = session.current().orElse(null);
        if (partner == null) {
            event.forwardTo(PortalSignInView.class);
            return;
        }
        removeAll();
        H1 greeting = new H1("Hello " + partner.calledName());
        greeting.setId("portal-greeting");
        add(greeting, new Paragraph("This is your own space. What you write here goes to your therapist, never to "
                + "your partner."), link("Your sessions", PortalSessionsView.class, "portal-sessions-link"),
                link("Home practice", PortalPracticeView.class, "portal-practice-link"),
                link(measures.due().isEmpty() ? "Questionnaire" : "Questionnaire (one is due)", PortalMeasuresView.class,
                        "portal-measures-link"),
                link("About you", PortalIntakeView.class, "portal-intake-link"),
                link("Safety questions (private)", PortalScreenView.class, "portal-screen-link"),
                link(consents.toSign().isEmpty() ? "Consents" : "Consents (to sign)", PortalConsentsView.class,
                        "portal-consents-link"),
                link("Your sign-in (password, code)", PortalYourSignInView.class, "portal-your-sign-in-link"),
                PortalPage.signOutButton());
    }
}
