package org.imagoclinic.shared.ui.home;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.imagoclinic.shared.SignedInUser;

/**
 * A panel on the home page, e.g. a therapist's "measures due" or "notes due", or a supervisor's
 * co-sign queue. Implement it as a Spring bean in your module's {@code ui} package; the home page
 * collects every such bean, orders them by {@link #order()} and shows those that return content for
 * the user who is signed in, below the greeting. The shell knows none of them.
 */
public interface HomePanel {

    /** Where the panel goes: lower first. */
    int order();

    /**
     * The panel for this user, or empty when it has nothing for them (wrong role, or nothing to
     * show and no empty state worth showing). Called each time the home page is built; the
     * component is expected to check access and audit through the services it calls.
     */
    Optional<Component> content(SignedInUser user);
}
