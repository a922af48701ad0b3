package org.imagoclinic.clients.ui.tabs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Optional;

/**
 * Tells the couple page that a tab changed the couple (its status, its episode, its details), so
 * that the page brings its header and its tabs up to date. Fire it with {@link #fire(Component)}
 * from any component of the tab, or from a dialog it opened.
 */
public class CoupleChanged extends ComponentEvent<UI> {

    public CoupleChanged(UI ui) {
        super(ui, false);
    }

    /** Announces the change on the UI the component belongs to (or the current one). */
    public static void fire(Component source) {
        source.getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                .ifPresent(ui -> ComponentUtil.fireEvent(ui, new CoupleChanged(ui)));
    }
}
