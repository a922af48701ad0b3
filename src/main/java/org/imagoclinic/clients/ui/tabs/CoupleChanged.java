package org.imagoclinic.clients.ui.tabs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * Fired by a tab's content (on itself, or any component inside it) after it changed the couple, so
 * that the couple page reloads its header and the other tabs.
 */
public class CoupleChanged extends ComponentEvent<Component> {

    public CoupleChanged(Component source) {
        super(source, false);
    }
}
