package org.imagoclinic.assessments.ui.imago;

import org.imagoclinic.shared.InputLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteHistoryEntry;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.ui.components.Confirm;
import org.imagoclinic.shared.ui.components.MenuCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A session note: written and signed by its author while unsigned; read back once signed, with its
 * dated addenda, and the supervisor's co-sign or return.
 */
class NoteDialog extends Dialog {

    private final Couple couple;
    private final SessionNotes notes;
    private final Runnable onChange;
    private final java.time.ZoneId zone;
    private @Nullable SessionNote note;

    final Select<Appointment> session = new Select<>();
    private final @Nullable NoteSessions sessions;
    private boolean interventionsPrefilled;
    final TextArea content = new TextArea("Note");
    final MultiSelectComboBox<ExerciseKind> interventions = new MultiSelectComboBox<>("Interventions used");
    final TextArea plan = new TextArea("Plan");
    final TextArea processNote = new TextArea("Process note (yours only)");
    final TextArea addendum = new TextArea("Addendum");
    final TextArea comment = new TextArea("Comment to the author");
    final Paragraph problems = new Paragraph();

    /** A note read back (or, for its author while unsigned, changed), e.g. from a supervisor's co-sign queue. */
    NoteDialog(Couple couple, SessionNote note, SessionNotes notes, CurrentUser currentUser, Clock clock, Runnable onChange) {
        this(couple, note, notes, currentUser, clock, null, null, onChange);
    }

    /**
     * A note on the couple's page: the given one, or else a new note for one of the completed sessions
     * still waiting for theirs ({@code chosen} first). A note always belongs to its session.
     */
    NoteDialog(NoteSessions sessions, @Nullable SessionNote note, @Nullable Appointment chosen, Runnable onChange) {
        this(sessions.couple, note, sessions.notes, sessions.currentUser, sessions.clock, sessions, chosen, onChange);
    }

    private NoteDialog(Couple couple, @Nullable SessionNote note, SessionNotes notes, CurrentUser currentUser, Clock clock,
                       @Nullable NoteSessions sessions, @Nullable Appointment chosen, Runnable onChange) {
        this.sessions = sessions;
        content.setMaxLength(InputLimits.TEXT);
        plan.setMaxLength(InputLimits.TEXT);
        processNote.setMaxLength(InputLimits.TEXT);
        addendum.setMaxLength(InputLimits.TEXT);
        comment.setMaxLength(InputLimits.TEXT);
        this.couple = couple;
        this.note = note;
        this.notes = notes;
        this.onChange = onChange;
        this.zone = clock.getZone();
        setWidth("min(56rem, 96vw)");
        UUID me = currentUser.require().staffId().orElse(null);
        boolean supervisor = currentUser.require().hasRole(Roles.SUPERVISOR);
        problems.setId("note-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);
        for (TextArea area : List.of(content, plan, processNote, addendum, comment)) {
            area.setWidthFull();
        }
        content.setMinHeight("8em");
        interventions.setItems(ExerciseKind.values());
        interventions.setItemLabelGenerator(ExerciseKind::label);
        interventions.setWidthFull();
        processNote.setHelperText("Kept apart from the record: only you see it, and it is never exported.");
        interventions.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                interventionsPrefilled = false;
            }
        });
        if (note == null) {
            setHeaderTitle("New session note · " + couple.displayName());
            add(problems);
            List<Appointment> waiting = sessions == null ? List.of() : sessions.awaitingNote();
            if (waiting.isEmpty()) {
                Paragraph none = new Paragraph("No completed session is waiting for a note. A note belongs to its "
                        + "session: complete the session first (My day), then write its note.");
                none.setId("no-session-for-note");
                add(none);
            } else {
                chooseSession(waiting, chosen);
                editable(null);
            }
        } else if (!note.status().signed() && note.authorId().equals(me)) {
            setHeaderTitle("Session note · " + Dates.day(note.sessionOn()));
            add(problems);
            editable(note);
            if (note.draft().interventions().isEmpty() && note.appointmentId() != null) {
                prefill(note.appointmentId(), note.partnerId());
            }
        } else {
            readBack(note, me, supervisor);
        }
        getFooter().add(new Button("Close", click -> close()));
    }

    private void editable(@Nullable SessionNote existing) {
        if (existing != null) {
            content.setValue(RecordForm.text(existing.draft().content()));
            interventions.setValue(Set.copyOf(existing.draft().interventions()));
            plan.setValue(RecordForm.text(existing.draft().plan()));
            processNote.setValue(RecordForm.text(existing.draft().processNote()));
        }
        add(new Paragraph("Interventions come from the Imago exercise list. Signing makes the note final: later changes "
                + "are dated addenda."), content, interventions, plan, processNote);
        Button save = new Button("Save draft", click -> attempt(() -> saveDraft(), "Draft saved."));
        Button sign = new Button("Sign", click -> {
            if (content.getValue().isBlank()) {
                content.setErrorMessage("Write the note before you sign it.");
                content.setInvalid(true);
                return;
            }
            attempt(() -> notes.sign(saveDraft().id()), "Note signed.");
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save, sign);
    }

    /** The session the new note is for, the given one or the latest; its Imago exercises fill the interventions. */
    private void chooseSession(List<Appointment> waiting, @Nullable Appointment chosen) {
        NoteSessions from = java.util.Objects.requireNonNull(sessions);
        session.setLabel("Session");
        session.setItems(waiting);
        session.setItemLabelGenerator(from::label);
        session.setWidthFull();
        session.addValueChangeListener(change -> {
            if (change.getValue() != null && (interventions.isEmpty() || interventionsPrefilled)) {
                prefill(change.getValue().id(), change.getValue().partnerId());
            }
        });
        add(session);
        session.setValue(chosen != null && waiting.stream().anyMatch(s -> s.id().equals(chosen.id()))
                ? waiting.stream().filter(s -> s.id().equals(chosen.id())).findFirst().orElseThrow() : waiting.getFirst());
    }

    private void prefill(UUID sessionId, @Nullable UUID partnerId) {
        if (sessions == null) {
            return;
        }
        List<ExerciseKind> recorded = sessions.exercisesIn(sessionId, partnerId);
        interventions.setValue(Set.copyOf(recorded));
        interventionsPrefilled = true;
        interventions.setHelperText(recorded.isEmpty() ? null
                : "From the Imago exercises recorded in this session; change them if you used others.");
    }

    private SessionNote saveDraft() {
        NoteDraft draft = new NoteDraft(content.getValue(), List.copyOf(interventions.getValue()), plan.getValue(),
                RecordForm.orNull(processNote.getValue()));
        if (note == null && session.getValue() == null) {
            throw new InvalidInputException("appointmentId", "Choose the session this note is for.");
        }
        note = note == null
                ? notes.write(couple.id(), new NewSessionNote(session.getValue().id(), draft))
                : notes.saveDraft(note.id(), draft);
        return note;
    }

    private void readBack(SessionNote signed, @Nullable UUID me, boolean supervisor) {
        setHeaderTitle("Session note · " + couple.displayName() + " · " + Dates.day(signed.sessionOn()) + " · "
                + signed.status().label());
        add(problems, new Paragraph((signed.joint() ? "Joint session" : "Individual session with "
                + Partners.name(couple, signed.partnerId())) + ", written by " + signed.authorName()
                + (signed.signedAt() == null ? "" : ", signed " + Dates.of(signed.signedAt(), zone))));
        add(section("Note", signed.draft().content()), section("Interventions used", String.join(", ",
                signed.draft().interventions().stream().map(ExerciseKind::label).toList())),
                section("Plan", signed.draft().plan()));
        if (signed.draft().processNote() != null) {
            add(section("Process note (yours only)", signed.draft().processNote()));
        }
        for (NoteHistoryEntry entry : signed.history()) {
            add(section(entry.kind().label() + " · " + Dates.of(entry.at(), zone) + " · " + entry.by(),
                    entry.text() == null ? "" : entry.text()));
        }
        boolean author = signed.authorId().equals(me);
        if (author && signed.status().signed()) {
            add(addendum);
            getFooter().add(new Button("Add addendum", click -> attempt(() -> notes.addAddendum(signed.id(),
                    addendum.getValue()), "Addendum added.")));
        }
        if (supervisor && signed.status() == NoteStatus.AWAITING_CO_SIGN && !author) {
            add(comment);
            Button coSign = new Button("Co-sign", click -> attempt(() -> notes.coSign(signed.id(), comment.getValue()),
                    "Note co-signed."));
            coSign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Runnable returnIt = () -> attempt(() -> notes.returnToAuthor(signed.id(), comment.getValue()),
                    "Note returned to its author.");
            // without a comment the service refuses: show that next to the field instead of asking first
            getFooter().add(new Button("Return to author…", click -> {
                if (comment.getValue().isBlank()) {
                    returnIt.run();
                } else {
                    Confirm.ask("Return this note to its author?", "The note goes back to its author with your "
                            + "comment, to correct and sign again; it leaves your co-sign queue until then.",
                            "Return to author", "Keep it", returnIt);
                }
            }), coSign);
        }
    }

    private void attempt(Supplier<SessionNote> step, String done) {
        problems.setVisible(false);
        try {
            step.get();
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, message) -> {
                TextArea target = switch (field) {
                    case "text" -> addendum;
                    case "comment" -> comment;
                    case "plan", "draft.plan" -> plan;
                    case "processNote", "draft.processNote" -> processNote;
                    default -> content;
                };
                target.setErrorMessage(message);
                target.setInvalid(true);
            });
            return;
        } catch (ConflictException | BusinessRuleException | AccessDeniedException refused) {
            problems.setText(refused.getMessage());
            problems.setVisible(true);
            return;
        }
        Notification.show(done);
        close();
        onChange.run();
        MenuCounts.refresh();
    }

    private static com.vaadin.flow.component.Component section(String title, @Nullable String text) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        Paragraph body = new Paragraph(text == null || text.isBlank() ? "–" : text);
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        return new com.vaadin.flow.component.html.Div(heading, body);
    }
}
