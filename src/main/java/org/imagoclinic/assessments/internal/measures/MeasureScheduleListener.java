package org.imagoclinic.assessments.internal.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.assessments.MeasureFellDue;
import org.imagoclinic.assessments.MeasureOccasion;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.scheduling.SessionCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the measure schedule from other modules' events (ADR 0013): an episode that opens makes its
 * baseline due; every n-th completed joint session of the episode makes a review due; a closed
 * episode has nothing due any more. A measure newly due is published as {@link MeasureFellDue}. Idempotent: each write ignores what is there already, and each
 * session is counted once.
 */
@Component
public class MeasureScheduleListener {

    private static final Logger log = LoggerFactory.getLogger(MeasureScheduleListener.class);

    private final DueStore store;
    private final MeasureSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeasureScheduleListener(DueStore store, MeasureSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EpisodeOpened opened) {
        startFollowing(opened.episodeId(), opened.coupleId(), opened.openedOn());
    }

    /**
     * Counts a completed joint session and makes a review due at every n-th; heard through the
     * module's one {@code SessionCompleted} listener (ADR 0025).
     */
    public void sessionCompleted(SessionCompleted completed) {
        if (!completed.joint() || completed.coupleId() == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(completed.start(), clock.getZone());
        UUID episodeId = completed.episodeId() != null ? completed.episodeId()
                : store.openEpisodeOf(completed.coupleId()).orElse(null);
        if (episodeId == null) {
            log.info("Session {} of couple {} belongs to no episode of care: no measure falls due", completed.appointmentId(),
                    completed.coupleId());
            return;
        }
        // an episode opened before the schedule was kept (or whose event is still on its way)
        startFollowing(episodeId, completed.coupleId(), day);
        store.countSession(completed.appointmentId(), episodeId, day, clock.instant())
                .filter(count -> count.sessions() % settings.everyNthSession() == 0)
                .ifPresent(count -> store.addDue(episodeId, completed.coupleId(), MeasureOccasion.REVIEW, count.sessions(),
                        count.latestDay(), clock.instant()).ifPresent(id -> events.publishEvent(new MeasureFellDue(id,
                        completed.coupleId(), episodeId, MeasureOccasion.REVIEW, count.latestDay()))));
    }

    @ApplicationModuleListener
    void on(EpisodeClosed closed) {
        store.close(closed.episodeId(), closed.closedOn());
    }

    private void startFollowing(UUID episodeId, UUID coupleId, LocalDate openedOn) {
        store.trackWithBaseline(episodeId, coupleId, openedOn, clock.instant()).ifPresent(id -> events.publishEvent(
                new MeasureFellDue(id, coupleId, episodeId, MeasureOccasion.BASELINE, openedOn)));
    }
}
