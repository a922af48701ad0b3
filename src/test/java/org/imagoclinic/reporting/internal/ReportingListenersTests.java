package org.imagoclinic.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteResubmitted;
import org.imagoclinic.assessments.NoteReturned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.RelationshipStatus;
import org.imagoclinic.clients.TherapistAssigned;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.portal.HomePracticeLogged;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckInUndone;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.imagoclinic.scheduling.WaitlistExit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Every event type reporting listens to has its projection, and an event without one is refused
 * rather than skipped. The list below is written out by hand: a listener added to
 * {@link ReportingListeners} without a line here (and a projection) fails the first test; each
 * event is then handed to {@link Projection} and must reach its own module's projector method.
 */
class ReportingListenersTests {

    private static final UUID ID = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2031, 1, 6);
    private static final Instant AT = Instant.parse("2031-01-06T12:00:00Z");

    private final DSLContext db = mock(DSLContext.class);
    private final ClientsProjector clients = mock(ClientsProjector.class);
    private final SchedulingProjector scheduling = mock(SchedulingProjector.class);
    private final AssessmentsProjector assessments = mock(AssessmentsProjector.class);
    private final NotificationsProjector notifications = mock(NotificationsProjector.class);
    private final PortalProjector portal = mock(PortalProjector.class);
    private final Projection projection = new Projection(db, clients, scheduling, assessments, notifications, portal);

    /** One event of each type reporting listens to, and the projector method that must get it. */
    private final Map<Object, BiConsumer<Object, DSLContext>> everyEvent = Map.ofEntries(
            Map.entry(new CoupleRegistered(ID, ID, ID, DAY, RelationshipStatus.MARRIED, null, List.of(), null,
                    ConfidentialityPolicy.NO_SECRETS), (e, d) -> verify(clients).registered((CoupleRegistered) e, d)),
            Map.entry(new EpisodeOpened(ID, ID, DAY, ID, null), (e, d) -> verify(clients).opened((EpisodeOpened) e, d)),
            Map.entry(new TherapistAssigned(ID, ID, ID, null, null, null, DAY),
                    (e, d) -> verify(clients).assigned((TherapistAssigned) e, d)),
            Map.entry(new EpisodeClosed(ID, ID, EpisodeEnding.COMPLETED, DAY, DAY, ID, null),
                    (e, d) -> verify(clients).closed((EpisodeClosed) e, d)),
            Map.entry(new SessionScheduled(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT, null),
                    (e, d) -> verify(scheduling).scheduled((SessionScheduled) e, d)),
            Map.entry(new SessionRescheduled(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT, AT, AT),
                    (e, d) -> verify(scheduling).rescheduled((SessionRescheduled) e, d)),
            Map.entry(new SessionCheckedIn(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT, AT),
                    (e, d) -> verify(scheduling).checkedIn((SessionCheckedIn) e, d)),
            Map.entry(new SessionCheckInUndone(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT, AT),
                    (e, d) -> verify(scheduling).checkInUndone((SessionCheckInUndone) e, d)),
            Map.entry(new SessionCompleted(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT, true, AT),
                    (e, d) -> verify(scheduling).completed((SessionCompleted) e, d)),
            Map.entry(new SessionMissed(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT, AT),
                    (e, d) -> verify(scheduling).missed((SessionMissed) e, d)),
            Map.entry(new SessionCancelled(ID, AppointmentKind.JOINT, ID, List.of(), ID, List.of(ID), AT, AT,
                    CancelledBy.CLIENT, true, "Unwell"), (e, d) -> verify(scheduling).cancelled((SessionCancelled) e, d)),
            Map.entry(new CoupleWaitlisted(ID, ID, DAY, Priority.NORMAL, null),
                    (e, d) -> verify(scheduling).waitlisted((CoupleWaitlisted) e, d)),
            Map.entry(new CoupleLeftWaitlist(ID, ID, DAY, DAY, WaitlistExit.WITHDRAWN, null, null),
                    (e, d) -> verify(scheduling).leftWaitlist((CoupleLeftWaitlist) e, d)),
            Map.entry(new MeasureCompleted(ID, ID, ID, ID, "CSI-16", 40, true, DAY),
                    (e, d) -> verify(assessments).measured((MeasureCompleted) e, d)),
            Map.entry(new ExerciseRecorded(ID, ExerciseKind.COUPLES_DIALOGUE, ID, ID, null, null, DAY, null, List.of()),
                    (e, d) -> verify(assessments).exercised((ExerciseRecorded) e, d)),
            Map.entry(new RequestFollowedUp(ID, ID, ID, ID, ID, FollowUpOutcome.KEPT, DAY),
                    (e, d) -> verify(assessments).followedUp((RequestFollowedUp) e, d)),
            Map.entry(new NoteSigned(ID, ID, ID, null, ID, true, AT, null),
                    (e, d) -> verify(assessments).signed((NoteSigned) e, d)),
            Map.entry(new NoteCoSigned(ID, ID, ID, ID, ID, AT), (e, d) -> verify(assessments).coSigned((NoteCoSigned) e, d)),
            Map.entry(new NoteReturned(ID, ID, ID, ID, ID, AT), (e, d) -> verify(assessments).returned((NoteReturned) e, d)),
            Map.entry(new NoteResubmitted(ID, ID, ID, ID, AT),
                    (e, d) -> verify(assessments).resubmitted((NoteResubmitted) e, d)),
            Map.entry(new MessageSent(ID, ID, ID, ID, Channel.EMAIL, TemplateKind.REMINDER, AT),
                    (e, d) -> verify(notifications).sent((MessageSent) e, d)),
            Map.entry(new HomePracticeLogged(ID, ID, ID, DAY, PracticeEntry.Kind.DIALOGUE, 20),
                    (e, d) -> verify(portal).practised((HomePracticeLogged) e, d)));

    @Test
    void theListOfEventsIsEveryTypeReportingListensTo() {
        assertThat(everyEvent.keySet()).map(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(ReportingListeners.EVENT_TYPES);
    }

    @Test
    void everyEventReachesTheProjectorOfItsModuleAndTheLiveTables() {
        everyEvent.forEach((event, projected) -> {
            projection.apply(event);
            projected.accept(event, db);
        });
    }

    @Test
    void everyEventReachesItsProjectorWithTheTablesItWasGiven() {
        DSLContext elsewhere = mock(DSLContext.class);
        everyEvent.forEach((event, projected) -> {
            projection.apply(event, elsewhere);
            projected.accept(event, elsewhere);
        });
    }

    @Test
    void anEventWithoutAProjectionIsRefusedNotSkipped() {
        record SomethingNew(UUID id) {
        }

        assertThatThrownBy(() -> projection.apply(new SomethingNew(ID), db))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SomethingNew");
        verifyNoInteractions(clients, scheduling, assessments, notifications, portal);
    }
}
