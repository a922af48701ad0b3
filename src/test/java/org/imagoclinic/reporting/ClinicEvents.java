package org.imagoclinic.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.RelationshipStatus;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionScheduled;
import org.imagoclinic.scheduling.WaitlistExit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds other modules' events by hand, publishes them as those modules do (inside a transaction,
 * delivered after commit through the publication registry) and waits until reporting's listeners
 * have handled every one.
 */
final class ClinicEvents {

    private final ApplicationContext context;
    final List<Object> events = new ArrayList<>();

    ClinicEvents(ApplicationContext context) {
        this.context = context;
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    ClinicEvents couple(UUID couple, LocalDate registeredOn, @Nullable LifeStage stage, String... concerns) {
        events.add(new CoupleRegistered(couple, UUID.randomUUID(), UUID.randomUUID(), registeredOn, RelationshipStatus.MARRIED,
                stage, List.of(concerns), null, ConfidentialityPolicy.NO_SECRETS));
        return this;
    }

    ClinicEvents opened(UUID couple, UUID episode, LocalDate on, UUID therapist) {
        events.add(new EpisodeOpened(couple, episode, on, therapist, null));
        return this;
    }

    ClinicEvents closed(UUID couple, UUID episode, LocalDate opened, LocalDate closed, EpisodeEnding ending, UUID therapist) {
        events.add(new EpisodeClosed(couple, episode, ending, opened, closed, therapist, null));
        return this;
    }

    ClinicEvents measure(UUID couple, UUID partner, UUID episode, int score, LocalDate on) {
        events.add(new MeasureCompleted(UUID.randomUUID(), couple, partner, episode, "CSI-16", score, score < 51.5, on));
        return this;
    }

    private UUID scheduled(UUID couple, UUID episode, UUID therapist, LocalDate on) {
        UUID appointment = UUID.randomUUID();
        events.add(new SessionScheduled(appointment, AppointmentKind.JOINT, couple, List.of(), episode, List.of(therapist),
                noon(on), noon(on).plusSeconds(5400), null));
        return appointment;
    }

    ClinicEvents attended(UUID couple, UUID episode, UUID therapist, LocalDate... days) {
        for (LocalDate on : days) {
            UUID appointment = scheduled(couple, episode, therapist, on);
            events.add(new SessionCompleted(appointment, AppointmentKind.JOINT, couple, List.of(), episode, List.of(therapist),
                    noon(on), noon(on).plusSeconds(5400), true, noon(on).plusSeconds(5400)));
        }
        return this;
    }

    ClinicEvents missed(UUID couple, UUID episode, UUID therapist, LocalDate on) {
        UUID appointment = scheduled(couple, episode, therapist, on);
        events.add(new SessionMissed(appointment, AppointmentKind.JOINT, couple, List.of(), episode, List.of(therapist),
                noon(on), noon(on).plusSeconds(5400), noon(on).plusSeconds(5400)));
        return this;
    }

    ClinicEvents cancelled(UUID couple, UUID episode, UUID therapist, LocalDate on, CancelledBy by, boolean late) {
        UUID appointment = scheduled(couple, episode, therapist, on);
        events.add(new SessionCancelled(appointment, AppointmentKind.JOINT, couple, List.of(), episode, List.of(therapist),
                noon(on), noon(on).plusSeconds(5400), by, late, "cannot come"));
        return this;
    }

    ClinicEvents booked(UUID couple, UUID episode, UUID therapist, LocalDate on) {
        scheduled(couple, episode, therapist, on);
        return this;
    }

    ClinicEvents dialogue(UUID couple, UUID episode, LocalDate on, @Nullable Integer mirroring, @Nullable Integer summary,
                          @Nullable Integer validation, @Nullable Integer empathy) {
        events.add(new ExerciseRecorded(UUID.randomUUID(), ExerciseKind.COUPLES_DIALOGUE, couple, episode, null, null, on,
                null, List.of(new DialogueRound(UUID.randomUUID(), UUID.randomUUID(), SenderRatings.NONE,
                        new ReceiverRatings(mirroring, summary, validation, empathy)))));
        return this;
    }

    UUID request(UUID couple, UUID episode, LocalDate on) {
        UUID request = UUID.randomUUID();
        events.add(new ExerciseRecorded(request, ExerciseKind.BEHAVIOUR_CHANGE_REQUEST, couple, episode, UUID.randomUUID(),
                null, on, null, List.of()));
        return request;
    }

    ClinicEvents followUp(UUID couple, UUID episode, UUID request, FollowUpOutcome outcome, LocalDate on) {
        events.add(new RequestFollowedUp(UUID.randomUUID(), request, couple, episode, UUID.randomUUID(), outcome, on));
        return this;
    }

    /** A wait for the therapist, joined and (unless {@code left} is null) left for the reason given. */
    ClinicEvents waited(UUID couple, UUID therapist, LocalDate joined, @Nullable LocalDate left, @Nullable WaitlistExit reason) {
        UUID entry = UUID.randomUUID();
        events.add(new CoupleWaitlisted(entry, couple, joined, Priority.NORMAL, therapist));
        if (left != null && reason != null) {
            events.add(new CoupleLeftWaitlist(entry, couple, joined, left, reason, therapist,
                    reason == WaitlistExit.SLOT_BOOKED ? UUID.randomUUID() : null));
        }
        return this;
    }

    ClinicEvents add(Object event) {
        events.add(event);
        return this;
    }

    /** Publishes every event built so far in one transaction and waits until reporting handled them. */
    void publish() {
        publish(events);
    }

    void publish(List<Object> toPublish) {
        ApplicationEventPublisher publisher = context;
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> toPublish.forEach(publisher::publishEvent));
        awaitReporting(context);
    }

    /** Waits until no publication to a reporting listener is outstanding. */
    static void awaitReporting(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%reporting%' and completion_date is null",
                Integer.class) == 0);
    }
}
