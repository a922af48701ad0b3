package org.imagoclinic.reporting.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteResubmitted;
import org.imagoclinic.assessments.NoteReturned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.TherapistAssigned;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.portal.HomePracticeLogged;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckInUndone;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the read models from the other modules' events, after their transactions committed, each in
 * a transaction of its own. Delivery is at least once: the projection makes a second delivery
 * change nothing. While a rebuild swaps the tables, a listener waits for it.
 */
@Component
class ReportingListeners {

    /** Every event type reporting listens to: what the rebuild replays, and what {@link Projection} must handle. */
    static final Set<Class<?>> EVENT_TYPES = Arrays.stream(ReportingListeners.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(ApplicationModuleListener.class))
            .map(method -> method.getParameterTypes()[0]).collect(Collectors.toUnmodifiableSet());

    private final Projection projection;
    private final RebuildLock lock;

    ReportingListeners(Projection projection, RebuildLock lock) {
        this.projection = projection;
        this.lock = lock;
    }

    private void project(Object event) {
        lock.waitForRebuild();
        projection.apply(event);
    }

    @ApplicationModuleListener
    void on(CoupleRegistered event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(EpisodeOpened event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(TherapistAssigned event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionScheduled event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionRescheduled event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionCancelled event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionCheckedIn event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionCheckInUndone event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionCompleted event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(SessionMissed event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(MeasureCompleted event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(ExerciseRecorded event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(RequestFollowedUp event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(NoteSigned event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(NoteCoSigned event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(NoteReturned event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(NoteResubmitted event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(CoupleWaitlisted event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(CoupleLeftWaitlist event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        project(event);
    }

    @ApplicationModuleListener
    void on(HomePracticeLogged event) {
        project(event);
    }
}
