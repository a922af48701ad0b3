package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.BehaviourChangeRequest.Request;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;

/**
 * A behaviour change request, step by step: frustration, feeling, desire, childhood link, then three
 * positive, specific, measurable, doable, time-limited requests. A negatively phrased request is
 * flagged as it is typed, with a hint; the therapist may keep it as phrased.
 */
class RequestForm extends RecordForm<BehaviourChangeRequest> {

    final Select<Partner> asking;
    final TextArea frustration = field("content.frustration", ProfileForm.area("1. The frustration"));
    final TextField feeling = field("content.feeling", new TextField("2. The feeling behind it"));
    final TextArea desire = field("content.desire", ProfileForm.area("3. The desire hidden in the frustration"));
    final TextArea childhoodLink = ProfileForm.area("4. The childhood link (optional)");
    final List<RequestLine> requests;
    final RadioButtonGroup<Integer> chosen = new RadioButtonGroup<>("The request the partner chose to give");
    final DatePicker endsOn = field("content.endsOn", new DatePicker("Time limit: given until"));
    final IntegerField followUpEveryDays = field("content.followUpEveryDays", new IntegerField("Follow up every … days"));

    RequestForm(Couple couple) {
        super(couple);
        feeling.setMaxLength(InputLimits.LINE);
        asking = field("content.askingPartnerId", Partners.select(couple, "Who asks"));
        feeling.setWidthFull();
        requests = IntStream.range(0, BehaviourChangeRequest.REQUESTS).mapToObj(RequestLine::new).toList();
        chosen.setItems(1, 2, 3);
        chosen.setItemLabelGenerator(number -> "Request " + number);
        endsOn.setMin(PlausibleDates.earliest());
        followUpEveryDays.setMin(1);
        followUpEveryDays.setMax(BehaviourChangeRequest.MAX_FOLLOW_UP_DAYS);
        followUpEveryDays.setHelperText("Leave empty for one follow-up at the time limit");
        VerticalLayout requestList = new VerticalLayout();
        requestList.setPadding(false);
        requests.forEach(line -> requestList.add(line.layout()));
        add(prompts("Behaviour change request: the steps",
                        "1. \"What frustrates me is…\"  2. \"When that happens I feel…\"",
                        "3. \"What I want instead, what I really desire, is…\"  4. \"It reminds me of when I was a child and…\"",
                        "5. Three requests, each positive (what you want, not what should stop), specific, measurable, "
                                + "doable and time-limited: \"Three evenings a week for the next month, ask me how my day went.\"",
                        "6. The partner chooses one to give as a gift."),
                asking, frustration, feeling, desire, childhoodLink, requestList, chosen,
                new HorizontalLayout(endsOn, followUpEveryDays));
    }

    @Override
    ImagoRecordKind kind() {
        return ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST;
    }

    @Override
    BehaviourChangeRequest content() {
        return new BehaviourChangeRequest(Partners.id(asking), frustration.getValue(), feeling.getValue(), desire.getValue(),
                orNull(childhoodLink.getValue()), requests.stream().map(RequestLine::request).toList(), chosen.getValue(),
                endsOn.getValue(), followUpEveryDays.getValue());
    }

    @Override
    void fill(BehaviourChangeRequest bcr) {
        asking.setValue(Partners.of(couple, bcr.askingPartnerId()));
        frustration.setValue(text(bcr.frustration()));
        feeling.setValue(text(bcr.feeling()));
        desire.setValue(text(bcr.desire()));
        childhoodLink.setValue(text(bcr.childhoodLink()));
        for (int i = 0; i < Math.min(bcr.requests().size(), requests.size()); i++) {
            requests.get(i).fill(bcr.requests().get(i));
        }
        chosen.setValue(bcr.chosen());
        endsOn.setValue(bcr.endsOn());
        followUpEveryDays.setValue(bcr.followUpEveryDays());
    }

    /** One of the three requests, flagged while it is typed when it asks the partner to stop something. */
    final class RequestLine {

        final TextField text;
        final Select<Integer> importance;
        final Select<Integer> difficulty;
        final Checkbox keep = new Checkbox("Keep as phrased");
        final Span hint = new Span(BehaviourChangeRequest.NEGATIVE_HINT);

        RequestLine(int index) {
            String key = "content.requests[" + index + "]";
            text = field(key + ".text", new TextField("Request " + (index + 1)));
            text.setMaxLength(InputLimits.LINE);
            text.setWidthFull();
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            importance = field(key + ".importance", rating("Importance"));
            difficulty = field(key + ".difficulty", rating("Difficulty to give"));
            hint.addClassName("negative-phrasing-hint");
            hint.getStyle().set("color", "var(--lumo-warning-text-color, #8a5a00)").set("font-size", "var(--lumo-font-size-s)");
            text.addValueChangeListener(change -> flag());
            flag();
        }

        private void flag() {
            boolean negative = BehaviourChangeRequest.negativelyPhrased(text.getValue());
            hint.setVisible(negative);
            keep.setVisible(negative);
            if (!negative) {
                keep.setValue(false);
            }
        }

        VerticalLayout layout() {
            HorizontalLayout line = new HorizontalLayout(text, importance, difficulty);
            line.setWidthFull();
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            VerticalLayout layout = new VerticalLayout(line, hint, keep);
            layout.setPadding(false);
            layout.setSpacing(false);
            return layout;
        }

        Request request() {
            return new Request(text.getValue(), importance.getValue(), difficulty.getValue(), keep.getValue());
        }

        void fill(Request request) {
            text.setValue(text(request.text()));
            importance.setValue(request.importance());
            difficulty.setValue(request.difficulty());
            keep.setValue(request.keepPhrasing());
        }

        private static Select<Integer> rating(String label) {
            Select<Integer> select = new Select<>();
            select.setLabel(label);
            select.setItems(1, 2, 3, 4, 5);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("–");
            select.setWidth("8em");
            return select;
        }
    }
}
