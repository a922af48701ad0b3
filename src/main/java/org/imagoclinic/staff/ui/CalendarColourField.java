package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/**
 * A calendar colour as {@code #rrggbb}: typed, or picked with the browser's own colour picker
 * beside it. The two stay in step; the typed text is the value, so a wrong one can be shown as such.
 * The label and the required mark sit on the typed field, not on the group around both: the group's
 * role ({@code group}) allows no {@code aria-required}, which Vaadin would set on a required custom field.
 */
class CalendarColourField extends CustomField<String> {

    private static final String HEX = "#[0-9a-fA-F]{6}";

    private final TextField hex = new TextField();
    private final Input picker = new Input();

    CalendarColourField(String label) {
        hex.setLabel(label);
        hex.setWidth("8em");
        hex.setMaxLength(7);
        hex.setPlaceholder("#rrggbb");
        hex.setAriaLabel(label + " as #rrggbb");
        hex.setId("calendar-colour-hex");
        picker.setType("color");
        picker.setAriaLabel(label + " picker");
        picker.getStyle().set("width", "3em").set("height", "2.25em").set("padding", "0").set("border", "none");
        hex.addValueChangeListener(change -> {
            if (change.getValue().strip().matches(HEX)) {
                picker.setValue(change.getValue().strip().toLowerCase(Locale.ROOT));
            }
            updateValue();
        });
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                hex.setValue(change.getValue());
            }
        });
        HorizontalLayout row = new HorizontalLayout(picker, hex);
        row.setAlignItems(FlexComponent.Alignment.END);
        row.setSpacing(true);
        add(row);
    }

    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        hex.setRequiredIndicatorVisible(required);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return hex.isRequiredIndicatorVisible();
    }

    @Override
    protected String generateModelValue() {
        return hex.getValue().strip().toLowerCase(Locale.ROOT);
    }

    @Override
    protected void setPresentationValue(String value) {
        hex.setValue(value == null ? "" : value);
        if (value != null && value.matches(HEX)) {
            picker.setValue(value.toLowerCase(Locale.ROOT));
        }
    }
}
