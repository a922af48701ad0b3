package org.imagoclinic.assessments.ui.imago;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.NoteStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class QueuesTest {

    @Test
    void aTherapistsNotesDueAreATableWithALinkToEachCoupleAndNamesShownAsText() {
        UUID couple = UUID.randomUUID();
        String hostile = "<script>alert(1)</script> & Jones";
        List<NoteInQueue> due = List.of(
                new NoteInQueue(UUID.randomUUID(), couple, hostile, LocalDate.of(2026, 11, 20), true, "Dr <b>Lee</b>",
                        NoteStatus.RETURNED),
                new NoteInQueue(UUID.randomUUID(), couple, hostile, null, false, "Dr Lee", NoteStatus.DUE),
                new NoteInQueue(UUID.randomUUID(), couple, hostile, LocalDate.of(2026, 12, 4), true, "Dr Lee",
                        NoteStatus.DUE));

        Element panel = parsed(Queues.table("notes-due", "Notes due", due, "No notes due.", LocalDate.of(2026, 12, 7)));

        assertThat(panel.id()).isEqualTo("notes-due");
        assertThat(panel.selectFirst("h3").text()).isEqualTo("Notes due");
        assertThat(panel.select("script, b")).as("nothing typed by a user becomes markup").isEmpty();
        assertThat(panel.select("thead th")).hasSize(5).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("col"));
        assertThat(panel.select("tbody tr").get(0).select("td").eachText()).containsExactly("20 Nov 2026", hostile, "Joint",
                "Dr <b>Lee</b>", "Returned by the supervisor");
        assertThat(panel.select("tbody tr").get(1).select("td").stream().map(Element::text).toList())
                .as("a note without a session date leaves the cell empty")
                .containsExactly("", hostile, "Individual", "Dr Lee", "Due");
        assertThat(panel.select("tbody tr").get(2).select("td").last().text()).isEqualTo("Due, 3 days since the session");
        assertThat(panel.select("tbody td a").eachText()).as("the couple's name is the link").containsOnly(hostile);
        assertThat(panel.select("tbody a").eachAttr("href")).containsOnly("couples/" + couple);
    }

    @Test
    void anEmptyQueueIsOneLineOfText() {
        Element panel = parsed(Queues.table("notes-due", "Notes due", List.of(), "No notes due: every session has a signed note.",
                LocalDate.of(2026, 12, 7)));

        assertThat(panel.select("table")).isEmpty();
        assertThat(panel.selectFirst("p.queue-empty").text()).isEqualTo("No notes due: every session has a signed note.");
    }

    private static Element parsed(Html html) {
        return Jsoup.parseBodyFragment(html.getElement().getOuterHTML()).body().child(0).html(html.getInnerHtml());
    }
}
