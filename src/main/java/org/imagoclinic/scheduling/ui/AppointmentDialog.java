package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Map;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.Move;
import org.imagoclinic.scheduling.Reschedule;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/** A session's details (who, when, where, status, where it was before) and what can be done with it. */
class AppointmentDialog extends Dialog {

    AppointmentDialog(Appointment appointment, Appointments appointments, Bookings bookings, Attendance attendance,
                      TherapistProfiles therapists, Rooms rooms, Couples couples, BookingEligibility eligibility,
                      LocalDateTime now, Runnable changed) {
        setHeaderTitle(appointment.kind().label() + ": " + appointment.coupleName());
        setWidth("40rem");
        Div details = new Div();
        details.setId("appointment-details");
        details.add(new Paragraph(Show.when(appointment.start(), appointment.end()) + " with "
                + String.join(" and ", appointment.therapistIds().stream().map(id -> therapists.of(id).name()).toList())));
        details.add(new Paragraph(appointment.telehealth() ? "Telehealth: " + appointment.meetingLink()
                : rooms.room(appointment.roomId()).label()));
        details.add(new Paragraph("Status: " + appointment.status().label() + (appointment.cancellation() == null ? ""
                : ", by " + appointment.cancellation().by().label() + (appointment.cancellation().late() ? " (late)" : "")
                + (appointment.cancellation().lateWaivedReason() == null ? ""
                        : " (late cancellation waived: " + appointment.cancellation().lateWaivedReason() + ")")
                + ": " + appointment.cancellation().reason())));
        if (appointment.seriesIndex() != null) {
            details.add(new Paragraph(appointment.kind() == AppointmentKind.WORKSHOP
                    ? "Day " + appointment.seriesIndex() + " of the workshop (one enrolment list for all its days)"
                    : "Session " + appointment.seriesIndex() + " of a series"));
        }
        if (appointment.hoursOverrideReason() != null) {
            details.add(new Paragraph("Booked outside working hours: " + appointment.hoursOverrideReason()));
        }
        if (appointment.moved()) {
            details.add(new H4("Moved"));
            for (Move move : appointments.movesOf(appointment.id())) {
                details.add(new Paragraph("From " + Show.when(move.fromStart(), move.fromEnd()) + " by " + move.movedBy()
                        + (move.reason() == null ? "" : " (" + move.reason() + ")")));
            }
        }
        add(details);
        if (appointment.kind() == AppointmentKind.WORKSHOP) {
            add(new WorkshopEnrolment(appointment, bookings, couples, eligibility, changed));
        }
        if (appointment.status() == AppointmentStatus.SCHEDULED || appointment.status() == AppointmentStatus.CHECKED_IN) {
            add(actions(appointment, bookings, attendance, AttendanceSteps.of(appointment, now), changed));
        }
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    private HorizontalLayout actions(Appointment appointment, Bookings bookings, Attendance attendance,
                                     AttendanceSteps steps, Runnable changed) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (steps.checkIn()) {
            actions.add(new Button("Check in", click -> act(() -> attendance.checkIn(appointment.id()), "Checked in.", changed)));
        }
        if (steps.noShow()) {
            actions.add(new Button("No-show…", click -> NoShow.confirm(appointment,
                    () -> act(() -> attendance.markNoShow(appointment.id()), "Recorded as a no-show.", changed))));
        }
        if (appointment.status() == AppointmentStatus.SCHEDULED) {
            actions.add(new Button("Move…", click -> move(appointment, bookings, changed)));
            Button cancel = new Button("Cancel…", click -> cancel(appointment, bookings, changed));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (steps.complete()) {
            actions.add(new Button("Completed", click -> act(() -> attendance.complete(appointment.id()),
                    "Recorded as completed.", changed)));
        }
        return actions;
    }

    private void act(Runnable action, String done, Runnable changed) {
        if (Show.attempt(action, Map.of())) {
            Feedback.done(done);
            close();
            changed.run();
        }
    }

    private void move(Appointment appointment, Bookings bookings, Runnable changed) {
        DateTimePicker start = new DateTimePicker("New start", appointment.start());
        start.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        start.setStep(java.time.Duration.ofMinutes(15));
        TextField reason = new TextField("Why (optional)");
        reason.setMaxLength(InputLimits.LINE);
        Checkbox following = new Checkbox("Move the later sessions of the series too");
        following.setVisible(appointment.seriesId() != null);
        Dialog dialog = new Dialog(new FormLayout(start, reason, following));
        dialog.setHeaderTitle("Move the session");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), new Button("Move", click -> {
            Runnable moved = () -> {
                Feedback.done("Moved.");
                dialog.close();
                close();
                changed.run();
            };
            if (Show.attempt(() -> bookings.reschedule(appointment.id(), new Reschedule(start.getValue(), null, null,
                    reason.getValue(), null, following.getValue())), Map.of("start", start, "reason", reason),
                    refusal -> new OverrideDialog(refusal.getMessage(), "Move anyway", exception -> {
                        boolean done = Show.attempt(() -> bookings.reschedule(appointment.id(), new Reschedule(
                                start.getValue(), null, null, reason.getValue(), exception, following.getValue())),
                                Map.of("start", start));
                        if (done) {
                            moved.run();
                        }
                        return done;
                    }).open())) {
                moved.run();
            }
        }));
        dialog.open();
    }

    private void cancel(Appointment appointment, Bookings bookings, Runnable changed) {
        CancellationNotice notice = bookings.cancellationNotice(appointment.id());
        RadioButtonGroup<CancelledBy> by = new RadioButtonGroup<>("Who cancels");
        by.setItems(CancelledBy.values());
        by.setItemLabelGenerator(who -> who == CancelledBy.CLIENT ? "The client" : "The clinic");
        by.setValue(CancelledBy.CLIENT);
        TextField reason = new TextField("Reason");
        reason.setMaxLength(InputLimits.LINE);
        Checkbox following = new Checkbox("Cancel the later sessions of the series too");
        following.setVisible(appointment.seriesId() != null);
        Paragraph lateness = new Paragraph(notice.describe());
        lateness.setId("cancellation-notice");
        Checkbox waive = new Checkbox("Waive the late cancellation");
        TextField waiveReason = new TextField("Why it is waived");
        waiveReason.setPlaceholder("e.g. ill, doctor's note seen");
        waiveReason.setMaxLength(InputLimits.LINE);
        Runnable showWaiver = () -> {
            boolean lateByClient = notice.late() && by.getValue() == CancelledBy.CLIENT;
            lateness.setVisible(by.getValue() == CancelledBy.CLIENT);
            waive.setVisible(lateByClient);
            waiveReason.setVisible(lateByClient && waive.getValue());
        };
        by.addValueChangeListener(change -> showWaiver.run());
        waive.addValueChangeListener(change -> showWaiver.run());
        showWaiver.run();
        Paragraph consequence = new Paragraph("The session of " + Show.when(appointment.start(), appointment.end())
                + " is taken off the calendar and its time freed for others. A cancelled session cannot be restored: "
                + "book a new one instead.");
        Dialog dialog = new Dialog(consequence, lateness, new FormLayout(by, reason, following, waive, waiveReason));
        dialog.setMaxWidth("100%");
        dialog.setHeaderTitle("Cancel the session with " + appointment.coupleName() + "?");
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), new Button("Cancel the session", click -> {
            String waiver = waiveReason.isVisible() ? waiveReason.getValue() : null;
            if (waive.isVisible() && waive.getValue() && (waiver == null || waiver.isBlank())) {
                waiveReason.setInvalid(true);
                waiveReason.setErrorMessage("Say why the late cancellation is waived.");
                return;
            }
            if (Show.attempt(() -> {
                Appointment cancelled = bookings.cancel(appointment.id(), new Cancellation(by.getValue(),
                        reason.getValue(), following.getValue(), waiver)).first();
                Feedback.done(recorded(cancelled));
            }, Map.of("by", by, "reason", reason, "waiveLateReason", waiveReason))) {
                dialog.close();
                close();
                changed.run();
            }
        }));
        dialog.open();
    }

    /** What the cancellation was recorded as, in words. */
    private static String recorded(Appointment cancelled) {
        Appointment.Cancellation how = cancelled.cancellation();
        if (how == null) {
            return "Cancelled.";
        }
        if (how.lateWaivedReason() != null) {
            return "Cancelled by the client; the late cancellation is waived (" + how.lateWaivedReason() + ").";
        }
        return how.by() == CancelledBy.CLIENT ? "Cancelled by the client: recorded as " + (how.late()
                ? "a late cancellation." : "a cancellation with enough notice.") : "Cancelled by the clinic.";
    }
}
