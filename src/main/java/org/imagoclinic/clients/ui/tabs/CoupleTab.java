package org.imagoclinic.clients.ui.tabs;

import com.vaadin.flow.component.Component;
import java.util.UUID;
import org.imagoclinic.security.RecordKind;

/**
 * A tab of the couple page ({@code couples/{id}}). Implement it as a Spring bean in your module's
 * {@code ui} package; the couple page collects every such bean, orders them by {@link #order()} and
 * shows a tab only to those who {@link org.imagoclinic.security.ClinicalAccess#may may} see its
 * {@link #recordKind()} of this couple. The content is created when the tab is first opened, so a
 * clinical read is audited only when someone actually looks.
 *
 * <p>The clients module's own tabs use orders 10 to 60; later modules use 100 and up. A tab whose
 * content changes the couple (its status, its episode) fires {@link CoupleChanged} so that the page
 * brings its header and other tabs up to date.
 */
public interface CoupleTab {

    /** The tab's label, e.g. "Imago profiles". */
    String title();

    /** Where the tab goes: lower first. */
    int order();

    /** The kind of the couple's records the tab shows; decides who sees the tab at all. */
    RecordKind recordKind();

    /**
     * The tab's content for one couple. Called at most once per page visit, when the tab is first
     * selected; the component is expected to check access and audit through the services it calls.
     */
    Component content(UUID coupleId);
}
