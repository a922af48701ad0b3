package org.imagoclinic.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads, in browserless tests, the parts of the current page that are sent as static HTML
 * ({@code shared.ui.components.StaticHtml}: the side navigation, the user's links, home panels) as
 * the browser will show them.
 */
public final class StaticParts {

    private StaticParts() {
    }

    /** The static part with this id on the current page, parsed as the browser parses it. */
    public static Optional<Element> byId(String id) {
        return all().filter(part -> id.equals(part.id())).findFirst();
    }

    /** The labels of the side navigation's items on the current page; empty when the page has no navigation. */
    public static List<String> menuLabels() {
        return all().flatMap(part -> part.select("vaadin-side-nav-item").stream()).map(Element::text).toList();
    }

    /** The count beside the side navigation's item for this path ("co-sign"), as shown now. */
    public static Optional<String> menuCount(String path) {
        return all().flatMap(part -> part.select("vaadin-side-nav-item[path=" + path + "] .menu-count").stream())
                .map(Element::text).findFirst();
    }

    private static Stream<Element> all() {
        return descendants(UI.getCurrent()).filter(Html.class::isInstance).map(Html.class::cast)
                .map(StaticParts::parse);
    }

    /** The component's element with its attributes, holding the HTML it sends as its content. */
    private static Element parse(Html html) {
        return Jsoup.parseBodyFragment(html.getElement().getOuterHTML()).body().child(0).html(html.getInnerHtml());
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(StaticParts::descendants));
    }
}
