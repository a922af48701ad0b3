package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TherapistAssignment;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.clients.ui.tabs.CoupleChanged;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/** The dialogs of the episodes tab: open, assign therapists, start, pause, resume and close (with a reason). */
class EpisodeActions {

    private final EpisodesOfCare episodes;
    private final TherapistRoster roster;
    private final List<UUID> knownTherapists;
    private final boolean assigner;
    private final Clock clock;
    private final Component anchor;

    /** @param assigner whether the signed-in person may choose the couple's therapists (ADR 0028) */
    EpisodeActions(EpisodesOfCare episodes, TherapistRoster roster, List<UUID> knownTherapists, boolean assigner,
                   Clock clock, Component anchor) {
        this.episodes = episodes;
        this.roster = roster;
        this.knownTherapists = knownTherapists;
        this.assigner = assigner;
        this.clock = clock;
        this.anchor = anchor;
    }

    void open(Couple couple) {
        TherapistPicker primary = new TherapistPicker("Primary therapist", roster, knownTherapists);
        TherapistPicker co = new TherapistPicker("Co-therapist", roster, knownTherapists);
        DatePicker on = day("Opened on");
        primary.setVisible(assigner);
        co.setVisible(assigner);
        new FormDialog("Open an episode of care", new FormLayout(on, primary, co), "Open episode",
                () -> Feedback.attempt(() -> {
                    episodes.open(couple.id(), new NewEpisode(on.getValue(), primary.getValue(), co.getValue()));
                    done("The episode of care is open, in intake.");
                }, Map.of("openedOn", on, "primaryTherapistId", primary, "coTherapistId", co))).open();
    }

    void assign(Couple couple, Episode open) {
        TherapistPicker primary = new TherapistPicker("Primary therapist", roster, knownTherapists);
        TherapistPicker co = new TherapistPicker("Co-therapist", roster, knownTherapists);
        primary.setValue(open.primaryTherapistId());
        co.setValue(open.coTherapistId());
        DatePicker on = day("From");
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(InputLimits.LINE);
        reason.setHelperText("Kept with the episode and in the audit trail; seen by everyone who works with the "
                + "couple: no clinical detail");
        new FormDialog("Assign therapists", new FormLayout(primary, co, on, reason), "Assign", () -> Feedback.attempt(() -> {
            episodes.assignTherapists(couple.id(), new TherapistAssignment(primary.getValue(), co.getValue(),
                    on.getValue(), reason.getValue()));
            done("Therapists assigned.");
        }, Map.of("primaryTherapistId", primary, "coTherapistId", co, "on", on, "reason", reason))).open();
    }

    void start(Couple couple, Episode open) {
        DatePicker on = day("Treatment started on");
        new FormDialog("Start treatment", new FormLayout(on), "Start", () -> Feedback.attempt(() -> {
            episodes.start(couple.id(), open.id(), new StatusChange(on.getValue(), null));
            done("The episode is active.");
        }, Map.of("on", on))).open();
    }

    void pause(Couple couple, Episode open) {
        DatePicker on = day("Paused from");
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(InputLimits.LINE);
        reason.setHelperText("Seen by everyone who works with the couple: no clinical detail");
        new FormDialog("Pause the episode", new FormLayout(on, reason), "Pause", () -> Feedback.attempt(() -> {
            episodes.pause(couple.id(), open.id(), new StatusChange(on.getValue(), reason.getValue()));
            done("The episode is paused.");
        }, Map.of("on", on, "reason", reason))).open();
    }

    void resume(Couple couple, Episode open) {
        DatePicker on = day("Resumed on");
        new FormDialog("Resume the episode", new FormLayout(on), "Resume", () -> Feedback.attempt(() -> {
            episodes.resume(couple.id(), open.id(), new StatusChange(on.getValue(), null));
            done("The episode is active again.");
        }, Map.of("on", on))).open();
    }

    void close(Couple couple, Episode open) {
        Select<EpisodeEnding> ending = new Select<>();
        ending.setLabel("How it ended");
        ending.setItems(EpisodeEnding.values());
        ending.setItemLabelGenerator(EpisodeEnding::label);
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(InputLimits.LINE);
        reason.setHelperText("Seen by everyone who works with the couple: no clinical detail");
        DatePicker on = day("Closed on");
        FormLayout form = new FormLayout(ending, on, reason);
        form.setColspan(reason, 2);
        new FormDialog("Close the episode of " + couple.displayName(), new Div(
                new Paragraph("Closing is for good: the couple's future sessions are cancelled, and to see them again you open a "
                        + "new episode of care."), form),
                "Close episode", () -> Feedback.attempt(() -> {
                    episodes.close(couple.id(), open.id(), new EpisodeClosing(ending.getValue(), reason.getValue(),
                            on.getValue()));
                    done("The episode is closed.");
                }, Map.of("ending", ending, "reason", reason, "closedOn", on))).open();
    }

    private DatePicker day(String label) {
        DatePicker day = new DatePicker(label, LocalDate.now(clock));
        day.setMax(LocalDate.now(clock));
        return day;
    }

    private void done(String message) {
        Feedback.done(message);
        CoupleChanged.fire(anchor);
    }
}
