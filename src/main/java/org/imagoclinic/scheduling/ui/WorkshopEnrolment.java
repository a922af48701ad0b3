package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * A workshop's enrolment list: who is enrolled, how many places are left, enrol a couple (refused in
 * words next to the field when the workshop is full, the couple may not be booked or a partner is
 * elsewhere then) and withdraw one with who asked and why. One list covers every day of the workshop.
 */
class WorkshopEnrolment extends VerticalLayout {

    private final Bookings bookings;
    private final BookingEligibility eligibility;
    private final Runnable changed;
    private final Span places = new Span();
    private final Div enrolled = new Div();
    private final ComboBox<CoupleSummary> couple = new ComboBox<>("Enrol a couple");
    private Appointment workshop;

    WorkshopEnrolment(Appointment workshop, Bookings bookings, Couples couples, BookingEligibility eligibility,
                      Runnable changed) {
        this.workshop = workshop;
        this.bookings = bookings;
        this.eligibility = eligibility;
        this.changed = changed;
        setPadding(false);
        places.setId("workshop-places");
        enrolled.setId("workshop-enrolled");
        couple.setItems(query -> couples.find(new CoupleQuery(blank(query.getFilter().orElse("")), null, null, null, null),
                query.getOffset(), query.getLimit()).stream());
        couple.setItemLabelGenerator(summary -> summary.displayName() + " (" + summary.partnerNames() + ")");
        couple.setPlaceholder("Type a name");
        couple.setWidth("22rem");
        Button enrol = new Button("Enrol", click -> enrol());
        enrol.setId("enrol-couple");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(couple, enrol);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adding.setVisible(workshop.status() == AppointmentStatus.SCHEDULED);
        add(new H4("Enrolled couples"), places, enrolled, adding);
        show();
    }

    private void show() {
        int capacity = workshop.capacity() == null ? 0 : workshop.capacity();
        int taken = workshop.enrolledCoupleIds().size();
        int left = Math.max(0, capacity - taken);
        places.setText(taken + " of " + capacity + " places taken · " + (left == 0 ? "full" : left
                + (left == 1 ? " place left" : " places left")));
        enrolled.removeAll();
        if (taken == 0) {
            enrolled.add(new Paragraph("No couples enrolled yet: find one below and press Enrol."));
        }
        for (UUID coupleId : workshop.enrolledCoupleIds()) {
            String name = nameOf(coupleId);
            Button withdraw = new Button("Withdraw…", click -> withdraw(coupleId, name));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setVisible(workshop.status() == AppointmentStatus.SCHEDULED);
            HorizontalLayout row = new HorizontalLayout(new Span(name), withdraw);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            enrolled.add(row);
        }
    }

    private void enrol() {
        couple.setInvalid(false);
        if (couple.getValue() == null) {
            refuse("Choose the couple to enrol.");
            return;
        }
        try {
            workshop = bookings.enrol(workshop.id(), couple.getValue().id());
            Feedback.done(couple.getValue().displayName() + " enrolled.");
            couple.clear();
            show();
            changed.run();
        } catch (BusinessRuleException | ConflictException | NotFoundException refused) {
            refuse(refused.getMessage());
        }
    }

    private void refuse(String why) {
        couple.setErrorMessage(why);
        couple.setInvalid(true);
    }

    private void withdraw(UUID coupleId, String name) {
        RadioButtonGroup<CancelledBy> by = new RadioButtonGroup<>("Who asks");
        by.setItems(CancelledBy.values());
        by.setItemLabelGenerator(who -> who == CancelledBy.CLIENT ? "The couple" : "The clinic");
        by.setValue(CancelledBy.CLIENT);
        TextField reason = new TextField("Reason");
        reason.setMaxLength(InputLimits.LINE);
        Dialog dialog = new Dialog(new FormLayout(by, reason));
        dialog.setHeaderTitle("Withdraw " + name);
        Button confirm = new Button("Withdraw", click -> {
            if (Show.attempt(() -> workshop = bookings.withdraw(workshop.id(), coupleId, by.getValue(),
                    reason.getValue()), Map.of("reason", reason))) {
                Feedback.done(name + " withdrawn: a place is free.");
                dialog.close();
                show();
                changed.run();
            }
        });
        confirm.setId("confirm-withdraw");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep them", click -> dialog.close()), confirm);
        dialog.open();
    }

    private String nameOf(UUID coupleId) {
        try {
            return eligibility.displayName(coupleId);
        } catch (NotFoundException gone) {
            return "A couple no longer on record";
        }
    }

    private static @Nullable String blank(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
