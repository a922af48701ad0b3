package org.imagoclinic.assessments.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasureOccasion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MeasuresDuePanelTest {

    @Test
    void namesTypedAsHtmlShowAsTextAndEachCoupleLinksToItsPage() {
        UUID couple = UUID.randomUUID();
        String hostile = "<img src=x onerror=alert(1)> & \"Jones\"";
        MeasureDue due = new MeasureDue(UUID.randomUUID(), couple, hostile, UUID.randomUUID(), MeasureOccasion.BASELINE, 0,
                LocalDate.of(2026, 11, 2), List.of("<script>alert(1)</script>", "Sam Jones"));

        Element panel = parsed(MeasuresDuePanel.panel(List.of(due)));

        assertThat(panel.select("img, script")).as("nothing typed by a user becomes markup").isEmpty();
        Element item = panel.selectFirst("li");
        assertThat(item.text()).isEqualTo(hostile + ": Baseline measure at the first joint session (since 2 Nov 2026); "
                + "<script>alert(1)</script> and Sam Jones to answer");
        assertThat(item.selectFirst("a").text()).isEqualTo(hostile);
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("couples/" + couple);
    }

    @Test
    void nothingDueIsSaidInAWord() {
        Element panel = parsed(MeasuresDuePanel.panel(List.of()));

        assertThat(panel.id()).isEqualTo("measures-due-panel");
        assertThat(panel.text()).isEqualTo("Measures due No measures due for your couples.");
        assertThat(panel.select("ul")).isEmpty();
    }

    /** The panel as the browser builds it from what the server sends. */
    private static Element parsed(Html html) {
        assertThat(html.getInnerHtml()).as("sent without pretty-printing whitespace").doesNotContain("\n");
        return Jsoup.parseBodyFragment(html.getElement().getOuterHTML()).body().child(0).html(html.getInnerHtml());
    }
}
