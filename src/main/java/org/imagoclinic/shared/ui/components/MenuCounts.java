package org.imagoclinic.shared.ui.components;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The counts beside the side navigation's entries (a supervisor's co-sign queue) on the page open now.
 * A view whose action changed what is counted calls {@link #refresh()}; the shell listens and recounts,
 * without a reload.
 */
public final class MenuCounts {

    private MenuCounts() {
    }

    /** Asks the shell of the current page to recount; nothing happens outside a page. */
    public static void refresh() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new RefreshAsked(ui));
        }
    }

    /** Runs {@code recount} whenever a view on this page asks for fresh counts. */
    public static Registration onRefresh(UI ui, Runnable recount) {
        return ComponentUtil.addListener(ui, RefreshAsked.class, asked -> recount.run());
    }

    /** A view asked for fresh counts. */
    static final class RefreshAsked extends ComponentEvent<UI> {
        RefreshAsked(UI ui) {
            super(ui, false);
        }
    }
}
