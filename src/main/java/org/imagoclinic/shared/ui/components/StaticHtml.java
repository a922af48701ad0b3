package org.imagoclinic.shared.ui.components;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A part of a page that nothing on the server changes or listens to while it is shown (a list of
 * links, a table of text, a navigation), sent to the browser as one piece of HTML. Vaadin keeps a
 * state node (about 0.8 KB of heap) for every element and text of a component tree, for as long
 * as the page stays open, even when the user only reads it; as HTML the whole part costs one node
 * and its text (ADR 0021, docs/benchmarks.md).
 *
 * <p>Build the part with jsoup's {@link Element} (the HTML parser Vaadin itself uses, and whose
 * types its {@link Html} component takes): {@code text(…)} and {@code attr(…)} are escaped when
 * the part becomes HTML, so names typed by users show as text and never run. Links are plain
 * {@code <a href>}, which Vaadin's router follows as it does an {@code Anchor}'s.
 */
public final class StaticHtml {

    private StaticHtml() {
    }

    /** The element and everything under it as one component, without the whitespace of pretty printing. */
    public static Html of(Element root) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        document.appendChild(root);
        return new Html(root.outerHtml());
    }
}
