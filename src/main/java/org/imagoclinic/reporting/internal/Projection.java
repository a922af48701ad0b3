package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.TherapistAssigned;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one event into the read models of a schema ({@code reporting}, or the rebuild's fresh
 * copy). Every write is keyed by the event's own id and every aggregate is recomputed from the
 * rows it summarises, so applying an event twice leaves the tables as applying it once (ADR 0015).
 */
@Component
class Projection {

    static final String LIVE = "reporting";

    private final DSLContext dsl;
    private final ZoneId zone;

    Projection(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.zone = clock.getZone();
    }

    /** Applies any event reporting knows; returns false for one it does not. */
    boolean apply(Object event, String schema) {
        Tables t = new Tables(schema);
        switch (event) {
            case CoupleRegistered e -> couple(e, t);
            case EpisodeOpened e -> opened(e, t);
            case TherapistAssigned e -> assigned(e, t);
            case EpisodeClosed e -> closed(e, t);
            case SessionScheduled e -> scheduled(e, t);
            case SessionRescheduled e -> rescheduled(e, t);
            case SessionCheckedIn e -> session(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(),
                    e.kind(), e.start(), "CHECKED_IN", null, false, t);
            case SessionCompleted e -> session(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(),
                    e.kind(), e.start(), "COMPLETED", null, false, t);
            case SessionMissed e -> session(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(),
                    e.kind(), e.start(), "MISSED", null, false, t);
            case SessionCancelled e -> session(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(),
                    e.kind(), e.start(), "CANCELLED", e.by().name(), e.late(), t);
            case MeasureCompleted e -> measure(e, t);
            case ExerciseRecorded e -> exercise(e, t);
            case RequestFollowedUp e -> followUp(e, t);
            case NoteSigned e -> noteSigned(e, t);
            case NoteCoSigned e -> noteCoSigned(e, t);
            case CoupleWaitlisted e -> waitlisted(e, t);
            case CoupleLeftWaitlist e -> leftWaitlist(e, t);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void couple(CoupleRegistered e, Tables t) {
        String[] tags = e.concernTags().toArray(String[]::new);
        String stage = e.lifeStage() == null ? null : e.lifeStage().name();
        lockCouple(e.coupleId());
        dsl.execute("insert into " + t.couple() + " (couple_id, registered_on, life_stage, concern_tags) values (?, ?, ?, ?) "
                + "on conflict (couple_id) do update set registered_on = excluded.registered_on, "
                + "life_stage = excluded.life_stage, concern_tags = excluded.concern_tags",
                e.coupleId(), e.registeredOn(), stage, tags);
        dsl.execute("update " + t.episode() + " set registered_on = ?, life_stage = ?, concern_tags = ? where couple_id = ?",
                e.registeredOn(), stage, tags, e.coupleId());
        dsl.execute("update " + t.coupleOutcome() + " set life_stage = ?, concern_tags = ? where couple_id = ?",
                stage, tags, e.coupleId());
    }

    private void opened(EpisodeOpened e, Tables t) {
        lockCouple(e.coupleId());
        lockEpisode(e.episodeId());
        ensureEpisode(e.episodeId(), e.coupleId(), e.openedOn(), t);
        dsl.execute("update " + t.episode() + " set opened_on = ?, "
                + "primary_therapist_id = coalesce(primary_therapist_id, ?), co_therapist_id = coalesce(co_therapist_id, ?) "
                + "where episode_id = ?", e.openedOn(), e.primaryTherapistId(), e.coTherapistId(), e.episodeId());
        markFirstEpisode(e.coupleId(), t);
        refreshOutcome(e.episodeId(), t);
    }

    private void assigned(TherapistAssigned e, Tables t) {
        lockCouple(e.coupleId());
        lockEpisode(e.episodeId());
        ensureEpisode(e.episodeId(), e.coupleId(), e.assignedOn(), t);
        dsl.execute("update " + t.episode() + " set primary_therapist_id = ?, co_therapist_id = ? "
                + "where episode_id = ? and closed_on is null", e.primaryTherapistId(), e.coTherapistId(), e.episodeId());
        refreshOutcome(e.episodeId(), t);
    }

    private void closed(EpisodeClosed e, Tables t) {
        lockCouple(e.coupleId());
        lockEpisode(e.episodeId());
        ensureEpisode(e.episodeId(), e.coupleId(), e.openedOn(), t);
        dsl.execute("update " + t.episode() + " set opened_on = ?, closed_on = ?, ending = ?, "
                + "primary_therapist_id = coalesce(?, primary_therapist_id), co_therapist_id = ? where episode_id = ?",
                e.openedOn(), e.closedOn(), e.ending().name(), e.primaryTherapistId(), e.coTherapistId(), e.episodeId());
        markFirstEpisode(e.coupleId(), t);
        refreshOutcome(e.episodeId(), t);
    }

    /** Creates the episode's row when its first event arrives, with the couple's intake facts if known. */
    private void ensureEpisode(UUID episodeId, UUID coupleId, LocalDate openedOn, Tables t) {
        dsl.execute("insert into " + t.episode() + " (episode_id, couple_id, opened_on, registered_on, life_stage, concern_tags) "
                + "select ?, ?, ?, c.registered_on, c.life_stage, coalesce(c.concern_tags, '{}') "
                + "from (select 1) one left join " + t.couple() + " c on c.couple_id = ? "
                + "on conflict (episode_id) do nothing", episodeId, coupleId, openedOn, coupleId);
    }

    private void markFirstEpisode(UUID coupleId, Tables t) {
        dsl.execute("update " + t.episode() + " e set first_of_couple = e.opened_on = "
                + "(select min(o.opened_on) from " + t.episode() + " o where o.couple_id = e.couple_id) where e.couple_id = ?",
                coupleId);
    }

    private void session(UUID appointmentId, @Nullable UUID coupleId, @Nullable UUID episodeId, List<UUID> therapists,
                         AppointmentKind kind, Instant start, String status, @Nullable String cancelledBy, boolean late,
                         Tables t) {
        if (coupleId == null) {
            return;
        }
        if (episodeId != null) {
            lockEpisode(episodeId);
        }
        upsertSession(appointmentId, coupleId, episodeId, therapists, kind, start, status, cancelledBy, late, t);
        if (episodeId != null) {
            recomputeSessions(episodeId, t);
        }
    }

    /**
     * A scheduled session is one upsert: the episode's aggregates count only completed, missed and
     * cancelled sessions, which a scheduled one can neither add nor (by the rank) overwrite, so
     * there is nothing to recompute and no episode lock to take.
     */
    private void scheduled(SessionScheduled e, Tables t) {
        if (e.coupleId() == null) {
            return;
        }
        upsertSession(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(), e.start(), "SCHEDULED",
                null, false, t);
    }

    private void upsertSession(UUID appointmentId, UUID coupleId, @Nullable UUID episodeId, List<UUID> therapists,
                               AppointmentKind kind, Instant start, String status, @Nullable String cancelledBy,
                               boolean late, Tables t) {
        UUID lead = therapists.isEmpty() ? null : therapists.getFirst();
        // A later state never goes back to an earlier one, whatever order the events come in.
        dsl.execute("insert into " + t.session() + " as cur (appointment_id, couple_id, episode_id, therapist_id, kind, joint, "
                + "starts_on, status, cancelled_by, late) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (appointment_id, couple_id) do update set status = excluded.status, "
                + "cancelled_by = excluded.cancelled_by, late = excluded.late "
                + "where " + rank("cur.status") + " <= " + rank("excluded.status"),
                appointmentId, coupleId, episodeId, lead, kind.name(), kind.joint(), day(start), status, cancelledBy, late);
    }

    private static String rank(String column) {
        return "(case " + column + " when 'SCHEDULED' then 0 when 'CHECKED_IN' then 1 else 2 end)";
    }

    private void rescheduled(SessionRescheduled e, Tables t) {
        if (e.coupleId() == null) {
            return;
        }
        session(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(), e.start(), "SCHEDULED",
                null, false, t);
        dsl.execute("update " + t.session() + " set starts_on = ? where appointment_id = ? and couple_id = ?",
                day(e.start()), e.appointmentId(), e.coupleId());
        if (e.episodeId() != null) {
            recomputeSessions(e.episodeId(), t);
        }
    }

    private void recomputeSessions(UUID episodeId, Tables t) {
        dsl.execute("update " + t.episode() + " e set "
                + "sessions_attended = s.attended, sessions_missed = s.missed, late_cancellations = s.late, first_session_on = s.first "
                + "from (select count(*) filter (where status = 'COMPLETED') attended, "
                + "count(*) filter (where status = 'MISSED') missed, "
                + "count(*) filter (where status = 'CANCELLED' and cancelled_by = 'CLIENT' and late) late, "
                + "min(starts_on) filter (where status = 'COMPLETED') first "
                + "from " + t.session() + " where episode_id = ?) s where e.episode_id = ?", episodeId, episodeId);
    }

    private void measure(MeasureCompleted e, Tables t) {
        lockCouple(e.coupleId());
        if (e.episodeId() != null) {
            lockEpisode(e.episodeId());
        }
        dsl.execute("insert into " + t.measure() + " (administration_id, couple_id, partner_id, episode_id, instrument_code, "
                + "score, clinical_range, administered_on) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.administrationId(), e.coupleId(), e.partnerId(), e.episodeId(), e.instrumentCode(), e.score(),
                e.clinicalRange(), e.administeredOn());
        if (e.episodeId() == null) {
            return;
        }
        dsl.execute(partnerOutcomesFromMeasures(t, "episode_id = ? and partner_id = ? and instrument_code = ?"),
                e.episodeId(), e.partnerId(), e.instrumentCode());
        dsl.execute("update " + t.episode() + " set last_measure_on = (select max(administered_on) from " + t.measure()
                + " where episode_id = ?) where episode_id = ?", e.episodeId(), e.episodeId());
        refreshOutcome(e.episodeId(), t);
    }

    /** Rewrites the episode's couple-outcome rows from its facts and its partners' outcomes. */
    private void refreshOutcome(UUID episodeId, Tables t) {
        dsl.execute("delete from " + t.coupleOutcome() + " where episode_id = ?", episodeId);
        dsl.execute(coupleOutcomesFromPartners(t, "e.episode_id = ?"), episodeId);
    }

    /**
     * Each partner's baseline and current score per episode and instrument, from the measures that
     * {@code where} selects: one statement for the listener (one partner) and the bulk path (all).
     */
    static String partnerOutcomesFromMeasures(Tables t, String where) {
        return "insert into " + t.outcome() + " (episode_id, partner_id, instrument_code, couple_id, baseline_score, "
                + "baseline_on, current_score, current_on, measures) "
                + "select episode_id, partner_id, instrument_code, min(couple_id::text)::uuid, "
                + "(array_agg(score order by administered_on, administration_id))[1], min(administered_on), "
                + "(array_agg(score order by administered_on desc, administration_id desc))[1], max(administered_on), count(*) "
                + "from " + t.measure() + " where " + where + " group by episode_id, partner_id, instrument_code "
                + "on conflict (episode_id, partner_id, instrument_code) do update set baseline_score = excluded.baseline_score, "
                + "baseline_on = excluded.baseline_on, current_score = excluded.current_score, "
                + "current_on = excluded.current_on, measures = excluded.measures";
    }

    /** The couple-outcome rows of the episodes (alias {@code e}) that {@code where} selects, from their partners' outcomes. */
    static String coupleOutcomesFromPartners(Tables t, String where) {
        return "insert into " + t.coupleOutcome() + " (episode_id, instrument_code, couple_id, opened_on, closed_on, "
                + "primary_therapist_id, co_therapist_id, life_stage, concern_tags, a_baseline, a_current, a_measures, "
                + "b_baseline, b_current, b_measures) "
                + "select e.episode_id, p.instrument_code, e.couple_id, e.opened_on, e.closed_on, e.primary_therapist_id, "
                + "e.co_therapist_id, e.life_stage, e.concern_tags, "
                + "(array_agg(p.baseline_score order by p.partner_id))[1], (array_agg(p.current_score order by p.partner_id))[1], "
                + "(array_agg(p.measures order by p.partner_id))[1], "
                + "(array_agg(p.baseline_score order by p.partner_id))[2], (array_agg(p.current_score order by p.partner_id))[2], "
                + "coalesce((array_agg(p.measures order by p.partner_id))[2], 0) "
                + "from " + t.episode() + " e join " + t.outcome() + " p on p.episode_id = e.episode_id "
                + "where " + where + " group by e.episode_id, p.instrument_code";
    }

    private void exercise(ExerciseRecorded e, Tables t) {
        lockEpisode(e.episodeId());
        var ratings = e.ratings();
        dsl.execute("insert into " + t.exercise() + " (exercise_id, kind, couple_id, episode_id, recorded_on, mirroring, "
                + "summary, validation, empathy) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.exerciseId(), e.kind().name(), e.coupleId(), e.episodeId(), e.recordedOn(),
                ratings == null ? null : ratings.mirroring(), ratings == null ? null : ratings.summary(),
                ratings == null ? null : ratings.validation(), ratings == null ? null : ratings.empathy());
        recomputePractice(e.episodeId(), t);
    }

    private void followUp(RequestFollowedUp e, Tables t) {
        lockEpisode(e.episodeId());
        dsl.execute("insert into " + t.followUp() + " (follow_up_id, request_id, couple_id, episode_id, outcome, followed_up_on) "
                + "values (?, ?, ?, ?, ?, ?) on conflict do nothing", e.followUpId(), e.requestId(), e.coupleId(),
                e.episodeId(), e.outcome().name(), e.followedUpOn());
        recomputePractice(e.episodeId(), t);
    }

    /** Dialogues and requests made; a request counts as kept when its latest follow-up says so. */
    private void recomputePractice(UUID episodeId, Tables t) {
        List<String> dialogues = java.util.Arrays.stream(ExerciseKind.values()).filter(ExerciseKind::dialogue)
                .map(Enum::name).toList();
        dsl.execute("update " + t.episode() + " e set "
                + "dialogues = (select count(*) from " + t.exercise() + " x where x.episode_id = e.episode_id and x.kind = any(?)), "
                + "requests_made = (select count(*) from " + t.exercise() + " x where x.episode_id = e.episode_id "
                + "and x.kind = 'BEHAVIOUR_CHANGE_REQUEST'), "
                + "requests_followed_up = (select count(distinct request_id) from " + t.followUp() + " f where f.episode_id = e.episode_id), "
                + "requests_kept = (select count(*) from (select distinct on (request_id) outcome from " + t.followUp()
                + " f where f.episode_id = e.episode_id order by request_id, followed_up_on desc, follow_up_id desc) l "
                + "where l.outcome = 'KEPT') where e.episode_id = ?", dialogues.toArray(String[]::new), episodeId);
    }

    private void noteSigned(NoteSigned e, Tables t) {
        dsl.execute("insert into " + t.note() + " (note_id, couple_id, episode_id, author_id, signed_on, co_signer_id) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (note_id) do update set signed_on = excluded.signed_on, "
                + "co_signer_id = excluded.co_signer_id", e.noteId(), e.coupleId(), e.episodeId(), e.authorId(),
                day(e.signedAt()), e.coSignerId());
    }

    private void noteCoSigned(NoteCoSigned e, Tables t) {
        LocalDate on = day(e.coSignedAt());
        dsl.execute("insert into " + t.note() + " (note_id, couple_id, episode_id, author_id, signed_on, co_signer_id, co_signed_on) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (note_id) do update set co_signer_id = excluded.co_signer_id, "
                + "co_signed_on = excluded.co_signed_on", e.noteId(), e.coupleId(), e.episodeId(), e.authorId(), on,
                e.supervisorId(), on);
    }

    private void waitlisted(CoupleWaitlisted e, Tables t) {
        dsl.execute("insert into " + t.waitlist() + " (entry_id, couple_id, preferred_therapist_id, priority, waitlisted_on) "
                + "values (?, ?, ?, ?, ?) on conflict (entry_id) do update set couple_id = excluded.couple_id, "
                + "preferred_therapist_id = excluded.preferred_therapist_id, priority = excluded.priority, "
                + "waitlisted_on = excluded.waitlisted_on", e.entryId(), e.coupleId(), e.preferredTherapistId(),
                e.priority().name(), e.waitlistedOn());
    }

    /** Leaving may be delivered before joining: it carries the day they joined, and leaves the priority to that event. */
    private void leftWaitlist(CoupleLeftWaitlist e, Tables t) {
        dsl.execute("insert into " + t.waitlist() + " (entry_id, couple_id, preferred_therapist_id, waitlisted_on, left_on, "
                + "left_reason) values (?, ?, ?, ?, ?, ?) on conflict (entry_id) do update set left_on = excluded.left_on, "
                + "left_reason = excluded.left_reason", e.entryId(), e.coupleId(), e.preferredTherapistId(),
                e.waitlistedOn(), e.leftOn(), e.reason().name());
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Serialises a couple's registration with its episodes' first events, so neither misses the other. */
    private void lockCouple(UUID coupleId) {
        dsl.fetch("select pg_advisory_xact_lock(16, hashtext(?::text))", coupleId);
    }

    /** Serialises the events of one episode, whose listeners may run at the same time on other threads. */
    private void lockEpisode(UUID episodeId) {
        dsl.fetch("select pg_advisory_xact_lock(15, hashtext(?::text))", episodeId);
    }

    /** The read models' tables in one schema. */
    record Tables(String schema) {
        String couple() { return schema + ".couple"; }
        String episode() { return schema + ".episode_fact"; }
        String outcome() { return schema + ".partner_outcome"; }
        String coupleOutcome() { return schema + ".couple_outcome"; }
        String measure() { return schema + ".measure"; }
        String session() { return schema + ".session"; }
        String exercise() { return schema + ".exercise"; }
        String followUp() { return schema + ".follow_up"; }
        String note() { return schema + ".note"; }
        String waitlist() { return schema + ".waitlist_entry"; }

        static final List<String> ALL = List.of("couple", "episode_fact", "partner_outcome", "couple_outcome", "measure", "session",
                "exercise", "follow_up", "note", "waitlist_entry");
    }
}
