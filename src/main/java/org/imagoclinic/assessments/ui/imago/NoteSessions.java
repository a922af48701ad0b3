package org.imagoclinic.assessments.ui.imago;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A couple's completed sessions and their notes, for writing a note that belongs to its session: which
 * sessions still need one, and the Imago exercises recorded in a session (the note's interventions).
 */
final class NoteSessions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    final Couple couple;
    final SessionNotes notes;
    final ImagoRecords records;
    final CurrentUser currentUser;
    final Clock clock;
    private final Appointments appointments;

    NoteSessions(Couple couple, SessionNotes notes, ImagoRecords records, Appointments appointments,
                 CurrentUser currentUser, Clock clock) {
        this.couple = couple;
        this.notes = notes;
        this.records = records;
        this.appointments = appointments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One completed session with its note, or a note whose session is older (or, from before notes were tied to sessions, none). */
    record Row(@Nullable Appointment session, @Nullable SessionNote note) {

        LocalDate day() {
            return session != null ? session.start().toLocalDate() : Objects.requireNonNull(note).sessionOn();
        }
    }

    /**
     * The couple's sessions completed in the last three months (the most the calendar lists at once),
     * newest first. Older sessions' notes still show, by the day and kind the note carries.
     */
    List<Appointment> completed() {
        LocalDate today = LocalDate.now(clock);
        return appointments.find(AppointmentQuery.ofCouple(couple.id(), today.minusDays(91), today)).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED)
                .sorted(Comparator.comparing(Appointment::start).reversed())
                .toList();
    }

    /** Every note on the couple's joint record and on each partner's own, newest first, once each. */
    List<SessionNote> allNotes() {
        Map<UUID, SessionNote> all = new LinkedHashMap<>();
        for (UUID partner : java.util.Arrays.asList(null, couple.partnerA().personId(), couple.partnerB().personId())) {
            notes.notesOf(couple.id(), partner, false).forEach(note -> all.putIfAbsent(note.id(), note));
        }
        return List.copyOf(all.values());
    }

    /** Each recently completed session with its note (if any), and every other note by its own day; newest first. */
    List<Row> bySession() {
        List<SessionNote> all = allNotes();
        List<Row> rows = new ArrayList<>();
        for (Appointment session : completed()) {
            rows.add(new Row(session, all.stream().filter(note -> session.id().equals(note.appointmentId()))
                    .findFirst().orElse(null)));
        }
        all.stream().filter(note -> rows.stream().noneMatch(row -> row.note() == note))
                .forEach(note -> rows.add(new Row(null, note)));
        rows.sort(Comparator.comparing(Row::day).reversed());
        return rows;
    }

    /** The completed sessions whose note is not signed yet, newest first: those a new note may be for. */
    List<Appointment> awaitingNote() {
        List<SessionNote> all = allNotes();
        return completed().stream().filter(session -> all.stream().noneMatch(note ->
                session.id().equals(note.appointmentId()) && note.status().signed())).toList();
    }

    Optional<SessionNote> noteOf(UUID sessionId) {
        return allNotes().stream().filter(note -> sessionId.equals(note.appointmentId())).findFirst();
    }

    /** A note's session by what the note carries: "7 Dec 2026 · Joint session". */
    String label(SessionNote note) {
        return Dates.day(note.sessionOn()) + " · " + (note.joint() ? "Joint session"
                : "Individual session with " + Partners.name(couple, note.partnerId()));
    }

    /** "Mon 7 Dec 2026, 10:30 · Joint couple session" (with the partner of an individual session). */
    String label(Appointment session) {
        return WHEN.format(session.start()) + " · " + session.kind().label()
                + (session.partnerId() == null ? "" : " with " + Partners.name(couple, session.partnerId()));
    }

    /** The Imago exercises recorded in the session, in the order recorded: what the note's interventions start from. */
    List<ExerciseKind> exercisesIn(UUID sessionId, @Nullable UUID partnerId) {
        return records.timeline(couple.id(), partnerId).stream()
                .filter(record -> sessionId.equals(record.appointmentId()))
                .sorted(Comparator.comparing(ImagoRecord::recordedAt))
                .map(NoteSessions::exercise)
                .distinct()
                .toList();
    }

    static ExerciseKind exercise(ImagoRecord record) {
        return switch (record.kind()) {
            case IMAGO_PROFILE -> ExerciseKind.IMAGO_PROFILE;
            case WOUND_EXPLORATION -> ExerciseKind.CHILDHOOD_WOUND_EXPLORATION;
            case DIALOGUE -> record.as(Dialogue.class).dialogueKind();
            case BEHAVIOUR_CHANGE_REQUEST -> ExerciseKind.BEHAVIOUR_CHANGE_REQUEST;
            case POSITIVE_TRAITS -> ExerciseKind.POSITIVE_TRAITS;
            case CARING_BEHAVIOURS -> ExerciseKind.CARING_BEHAVIOURS;
            case APPRECIATIONS -> ExerciseKind.APPRECIATIONS;
            case RELATIONSHIP_VISION -> ExerciseKind.RELATIONSHIP_VISION;
            case EXITS -> ExerciseKind.EXITS;
            case TEMPERATURE_READING -> ExerciseKind.TEMPERATURE_READING;
        };
    }
}
