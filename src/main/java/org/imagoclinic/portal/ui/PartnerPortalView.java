package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.imagoclinic.portal.PortalSession;

/**
 * The frame of a partner's portal page: laid out phone first, shown only to a signed-in partner, and opened
 * by the way back home and the page's heading; the page adds its own content below.
 */
abstract class PartnerPortalView extends VerticalLayout implements BeforeEnterObserver {

    private final PortalSession session;
    private final String heading;

    PartnerPortalView(PortalSession session, String heading) {
        this.session = session;
        this.heading = heading;
        PortalPage.phoneFirst(this);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (PortalPage.partnerIn(session, event)) {
            show();
        }
    }

    /** Draws the page afresh from the current facts. */
    final void show() {
        removeAll();
        add(PortalPage.homeLink(), new H1(heading));
        addContent();
    }

    /** Adds what the page shows under its heading. */
    abstract void addContent();
}
