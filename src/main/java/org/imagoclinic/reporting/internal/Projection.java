package org.imagoclinic.reporting.internal;

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
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes one event into the read models, through the projector of the module the event comes
 * from. Every write is keyed by the event's own id and every aggregate is recomputed from the rows
 * it summarises, so applying an event twice leaves the tables as applying it once (ADR 0015). An
 * event no projector handles is refused: a listener without a projection is a bug, never skipped.
 */
@Component
class Projection {

    private final DSLContext dsl;
    private final ClientsProjector clients;
    private final SchedulingProjector scheduling;
    private final AssessmentsProjector assessments;
    private final NotificationsProjector notifications;
    private final PortalProjector portal;

    Projection(DSLContext dsl, ClientsProjector clients, SchedulingProjector scheduling, AssessmentsProjector assessments,
               NotificationsProjector notifications, PortalProjector portal) {
        this.notifications = notifications;
        this.portal = portal;
        this.dsl = dsl;
        this.clients = clients;
        this.scheduling = scheduling;
        this.assessments = assessments;
    }

    /** Into the live read models. */
    void apply(Object event) {
        apply(event, dsl);
    }

    /** Into the read models {@code db} addresses (see {@link ReadModelSchema#addressing}). */
    void apply(Object event, DSLContext db) {
        switch (event) {
            case CoupleRegistered e -> clients.registered(e, db);
            case EpisodeOpened e -> clients.opened(e, db);
            case TherapistAssigned e -> clients.assigned(e, db);
            case EpisodeClosed e -> clients.closed(e, db);
            case SessionScheduled e -> scheduling.scheduled(e, db);
            case SessionRescheduled e -> scheduling.rescheduled(e, db);
            case SessionCheckedIn e -> scheduling.checkedIn(e, db);
            case SessionCheckInUndone e -> scheduling.checkInUndone(e, db);
            case SessionCompleted e -> scheduling.completed(e, db);
            case SessionMissed e -> scheduling.missed(e, db);
            case SessionCancelled e -> scheduling.cancelled(e, db);
            case CoupleWaitlisted e -> scheduling.waitlisted(e, db);
            case CoupleLeftWaitlist e -> scheduling.leftWaitlist(e, db);
            case MeasureCompleted e -> assessments.measured(e, db);
            case ExerciseRecorded e -> assessments.exercised(e, db);
            case RequestFollowedUp e -> assessments.followedUp(e, db);
            case NoteSigned e -> assessments.signed(e, db);
            case NoteCoSigned e -> assessments.coSigned(e, db);
            case NoteReturned e -> assessments.returned(e, db);
            case NoteResubmitted e -> assessments.resubmitted(e, db);
            case MessageSent e -> notifications.sent(e, db);
            case HomePracticeLogged e -> portal.practised(e, db);
            default -> throw new IllegalArgumentException("Reporting has no projection for " + event.getClass().getName()
                    + ": a listener was added without one");
        }
    }
}
