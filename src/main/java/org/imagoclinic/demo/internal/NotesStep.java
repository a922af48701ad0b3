package org.imagoclinic.demo.internal;

import static org.imagoclinic.demo.internal.ClinicalPhrases.one;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.time.LocalDateTime;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Session notes of the completed sessions (the note became due on {@code SessionCompleted}): written and
 * signed by the therapist within the hour, except in the last three weeks, where some are left due or in
 * draft, and always each therapist's latest, so that "notes due" shows work to do. A supervisee's signed
 * note waits for the supervisor, who co-signs it a fortnight or so later, so the newest still wait.
 */
@Component
class NotesStep implements DemoClinicStep {

    private static final int RECENT_DAYS = 21;
    private static final int CO_SIGN_LAG_DAYS = 14;

    private final SessionNotes notes;

    NotesStep(SessionNotes notes) {
        this.notes = notes;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void plan(DemoClinic clinic) {
        Map<String, DemoSession> latestOf = new HashMap<>();
        Set<DemoSession> keptBack = new HashSet<>();
        for (DemoCouple couple : clinic.couples()) {
            if (couple.therapist() == null) {
                continue;
            }
            couple.sessions().stream().filter(DemoSession::held).forEach(session -> latestOf.merge(
                    couple.therapist().username(), session, (a, b) -> a.start().isAfter(b.start()) ? a : b));
        }
        keptBack.addAll(latestOf.values());
        LocalDate recent = clinic.today().minusDays(RECENT_DAYS);
        for (DemoCouple couple : clinic.couples()) {
            if (couple.therapist() == null) {
                continue;
            }
            Random random = clinic.random("notes " + couple.number());
            String therapist = couple.therapist().username();
            int joint = 0;
            for (DemoSession session : couple.sessions()) {
                boolean intake = session == couple.sessions().getFirst();
                if (!session.held()) {
                    continue;
                }
                joint += intake ? 0 : 1;
                if (keptBack.contains(session)) {
                    continue;
                }
                int roll = random.nextInt(100);
                boolean isRecent = session.start().toLocalDate().isAfter(recent);
                if (isRecent && roll < 25) {
                    continue;
                }
                boolean sign = !isRecent || roll >= 40;
                NoteDraft draft = intake ? intakeNote(random) : jointNote(couple, joint, random);
                AtomicReference<SessionNote> signed = new AtomicReference<>();
                clinic.at(session.end().plusMinutes(40), therapist, (sign ? "write and sign" : "write")
                        + " the note of couple " + couple.number() + " on " + session.start(), () -> {
                    SessionNote note = write(couple.coupleId(), new NewSessionNote(session.appointmentId(), draft));
                    if (sign) {
                        signed.set(notes.sign(note.id()));
                    }
                });
                String supervisor = couple.therapist().supervisor();
                if (sign && supervisor != null) {
                    coSign(clinic, couple, session, supervisor, signed);
                }
            }
        }
    }

    /**
     * The supervisor co-signs on the first Friday a fortnight after the session, or on the day the couple's
     * care ends if that comes first (once the episode is closed the supervisor is no longer let in); notes
     * of the last weeks still wait. Only a note that went to the supervisor's queue is co-signed: one signed
     * before the supervision began is final already.
     */
    private void coSign(DemoClinic clinic, DemoCouple couple, DemoSession session, String supervisor,
                               AtomicReference<SessionNote> signed) {
        LocalDateTime at = session.start().toLocalDate().plusDays(CO_SIGN_LAG_DAYS)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).atTime(17, 0);
        if (couple.endedOn() != null && couple.path() != CarePath.PAUSED && couple.endedOn().atTime(11, 0).isBefore(at)) {
            at = couple.endedOn().atTime(11, 0);
        }
        if (!at.isBefore(clinic.now())) {
            return;
        }
        clinic.at(at, supervisor, "co-sign the note of couple " + couple.number() + " on " + session.start(), () -> {
            SessionNote note = signed.get();
            if (note != null && note.status() == NoteStatus.AWAITING_CO_SIGN) {
                notes.coSign(note.id(), null);
            }
        });
    }

    /**
     * Writes the note. Should the note due for the session appear at the very moment the write looks for it
     * (the {@code SessionCompleted} listener committing between the write's two reads), the service refuses
     * with "no such note" or "signed"; writing again fills the due note, as a user saving again would.
     */
    private SessionNote write(UUID coupleId, NewSessionNote note) {
        try {
            return notes.write(coupleId, note);
        } catch (NotFoundException | ConflictException raced) {
            return notes.write(coupleId, note);
        }
    }

    private static NoteDraft intakeNote(Random random) {
        return new NoteDraft(one(ClinicalPhrases.INTAKE_NOTES, random), List.of(),
                "Begin joint sessions; baseline CSI-16 at the first joint session.", null);
    }

    private static NoteDraft jointNote(DemoCouple couple, int joint, Random random) {
        String topic = one(ClinicalPhrases.DIALOGUE_TOPICS, random);
        String content = "Joint session " + joint + " with " + couple.firstNameA() + " and " + couple.firstNameB()
                + ". " + one(ClinicalPhrases.NOTE_OPENINGS, random) + " "
                + String.format(one(ClinicalPhrases.NOTE_WORK, random), topic);
        List<ExerciseKind> used = joint == 1 ? List.of(ExerciseKind.RELATIONSHIP_VISION, ExerciseKind.COUPLES_DIALOGUE)
                : joint <= 3 ? List.of(ExerciseKind.IMAGO_PROFILE, ExerciseKind.COUPLES_DIALOGUE)
                : joint == 5 ? List.of(ExerciseKind.BEHAVIOUR_CHANGE_REQUEST, ExerciseKind.BEHAVIOUR_CHANGE_REQUEST_DIALOGUE)
                : List.of(ExerciseKind.COUPLES_DIALOGUE, ExerciseKind.APPRECIATIONS);
        return new NoteDraft(content, used, one(ClinicalPhrases.NOTE_PLANS, random), null);
    }
}
