package org.imagoclinic.assessments.ui.forms;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.jspecify.annotations.Nullable;

/**
 * An instrument's form as printed, compact enough for a phone: each item with its options side by side in
 * the printed order, a semantic differential as a row of six choices between its two words, nothing pre-selected. A problem with
 * an item is shown next to it; the answers stay as they were. The clinic's entry form, its tablet and the
 * partners' portal all show this one form.
 */
public class MeasureForm extends VerticalLayout {

    private final Instrument instrument;
    private final List<RadioButtonGroup<Integer>> items = new ArrayList<>();

    public MeasureForm(Instrument instrument) {
        this.instrument = instrument;
        setPadding(false);
        addClassName("measure-form");
        if (instrument.instructions() != null) {
            add(new Paragraph(instrument.instructions()));
        }
        instrument.items().forEach(item -> add(item.kind() == InstrumentItem.Kind.SEMANTIC_DIFFERENTIAL
                ? differential(item) : scale(item)));
    }

    public Instrument instrument() {
        return instrument;
    }

    /** One answer per item, the printed position of the chosen option; null where nothing is chosen. */
    public List<@Nullable Integer> answers() {
        return items.stream().<@Nullable Integer>map(RadioButtonGroup::getValue).toList();
    }

    /** The group of item {@code number} (from 1), e.g. for tests. */
    public RadioButtonGroup<Integer> item(int number) {
        return items.get(number - 1);
    }

    /** Shows each {@code answers[i]} problem next to its item, and clears the others. */
    public void showProblems(Map<String, String> problems) {
        for (int i = 0; i < items.size(); i++) {
            String problem = problems.get("answers[" + i + "]");
            items.get(i).setInvalid(problem != null);
            items.get(i).setErrorMessage(problem);
        }
    }

    private RadioButtonGroup<Integer> scale(InstrumentItem item) {
        RadioButtonGroup<Integer> group = group(item);
        group.setItems(item.options().stream().map(AnswerOption::position).toList());
        group.setItemLabelGenerator(position -> item.options().get(position).label());
        group.addClassName("measure-item");
        return group;
    }

    /**
     * A bipolar item on a grid of its own (styles.css): the stem above, the two words in fixed columns
     * either side of the six choices, so the choices line up from row to row; on a phone the words
     * go above the choices.
     */
    private Div differential(InstrumentItem item) {
        RadioButtonGroup<Integer> group = group(item);
        group.setLabel(null);
        group.setAriaLabel(item.number() + ". " + item.stem() + " " + item.leftPole() + " to " + item.rightPole());
        group.setItems(IntStream.range(0, item.options().size()).boxed().toList());
        group.setItemLabelGenerator(position -> String.valueOf(position + 1));
        Span stem = new Span(item.number() + ". " + item.stem());
        stem.addClassName("differential-stem");
        Div row = new Div(stem, pole(item.leftPole(), "pole-left"), group, pole(item.rightPole(), "pole-right"));
        row.addClassNames("semantic-differential", "measure-item");
        return row;
    }

    private RadioButtonGroup<Integer> group(InstrumentItem item) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(item.number() + ". " + item.stem());
        group.setId("item-" + item.number());
        group.setRequiredIndicatorVisible(true);
        group.addValueChangeListener(change -> group.setInvalid(false));
        items.add(group);
        return group;
    }

    private static Span pole(@Nullable String word, String side) {
        Span pole = new Span(word == null ? "" : word);
        pole.addClassNames("pole", side);
        return pole;
    }
}
