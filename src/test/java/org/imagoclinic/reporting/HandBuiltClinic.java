package org.imagoclinic.reporting;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.portal.HomePracticeLogged;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.WaitlistExit;
import org.springframework.context.ApplicationContext;

/**
 * A small caseload of one therapist in 2025 whose every figure is worked out by hand in
 * {@link ReportFiguresTests}. CSI-16 (cut-off 51.5, higher is better). Five couples:
 * <pre>
 * E1 opened 1 Feb, completed 30 Sep. A: 40, 45, 55   B: 50, 60        7 attended, 1 no-show, 1 late + 1 early client cancel, 1 clinic cancel
 * E2 opened 1 Mar, still open.     A: 30, 40       B: 45, 48        3 attended, 1 late client cancel
 * E3 opened 1 Apr, dropped out 15 Jun. A: 60, 50   B: 55, 57        2 attended, 1 no-show
 * E4 opened 1 May, still open.     A: 42           B: none          1 session booked, not yet held
 * E5 2024 only (outside the period): A and B 20 → 70, one session.
 * </pre>
 * Home practice logged in the portal: E1's partners 3 dialogues of 20 minutes and 2 temperature readings
 * in its 242 days (and one more after it closed), E2's one appreciation in its 306 days of the period.
 * Waiting for the therapist (c1, c2 with the concern filtered on):
 * <pre>
 * c1 10 Jan → 3 Feb booked (24 days)     c2 1 Feb → 3 Mar booked (30)     c3 1 Mar → 20 Mar booked (19)
 * c4 5 Apr → 28 Apr booked (23)          c5 1 Jun → 15 Jul withdrawn      c5 15 Nov, still waiting
 * c5 1 Dec 2023 → 8 Jan 2024 booked (38, outside the period)
 * </pre>
 */
final class HandBuiltClinic {

    static final LocalDate FROM = of(2025, 1, 1);
    static final LocalDate TO = of(2025, 12, 31);

    final UUID therapist;
    final UUID supervisor = UUID.randomUUID();
    final UUID c1 = UUID.randomUUID(), c2 = UUID.randomUUID(), c3 = UUID.randomUUID(), c4 = UUID.randomUUID(),
            c5 = UUID.randomUUID();
    final UUID e1 = UUID.randomUUID(), e2 = UUID.randomUUID(), e3 = UUID.randomUUID(), e4 = UUID.randomUUID(),
            e5 = UUID.randomUUID();
    final String concern = "concern-" + UUID.randomUUID();
    final ClinicEvents events;

    HandBuiltClinic(ApplicationContext context, UUID therapist) {
        this.therapist = therapist;
        this.events = new ClinicEvents(context);
        UUID a1 = UUID.randomUUID(), b1 = UUID.randomUUID(), a2 = UUID.randomUUID(), b2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID(), b3 = UUID.randomUUID(), a4 = UUID.randomUUID(), a5 = UUID.randomUUID(),
                b5 = UUID.randomUUID();
        events.couple(c1, of(2025, 1, 20), LifeStage.AFTER_AFFAIR, concern, "trust")
                .couple(c2, of(2025, 2, 20), LifeStage.TRANSITION_BABY, concern)
                .couple(c3, of(2025, 3, 25), LifeStage.AFTER_AFFAIR, "communication")
                .couple(c4, of(2025, 4, 20), LifeStage.EARLY_RELATIONSHIP)
                .couple(c5, of(2024, 1, 5), LifeStage.AFTER_AFFAIR, concern);
        events.opened(c1, e1, of(2025, 2, 1), therapist).closed(c1, e1, of(2025, 2, 1), of(2025, 9, 30),
                        EpisodeEnding.COMPLETED, therapist)
                .opened(c2, e2, of(2025, 3, 1), therapist)
                .opened(c3, e3, of(2025, 4, 1), therapist).closed(c3, e3, of(2025, 4, 1), of(2025, 6, 15),
                        EpisodeEnding.DROPPED_OUT, therapist)
                .opened(c4, e4, of(2025, 5, 1), therapist)
                .opened(c5, e5, of(2024, 1, 10), therapist).closed(c5, e5, of(2024, 1, 10), of(2024, 12, 1),
                        EpisodeEnding.COMPLETED, therapist);
        events.measure(c1, a1, e1, 40, of(2025, 2, 1)).measure(c1, a1, e1, 45, of(2025, 5, 1))
                .measure(c1, a1, e1, 55, of(2025, 9, 25)).measure(c1, b1, e1, 50, of(2025, 2, 1))
                .measure(c1, b1, e1, 60, of(2025, 9, 25))
                .measure(c2, a2, e2, 30, of(2025, 3, 1)).measure(c2, a2, e2, 40, of(2025, 12, 10))
                .measure(c2, b2, e2, 45, of(2025, 3, 1)).measure(c2, b2, e2, 48, of(2025, 12, 10))
                .measure(c3, a3, e3, 60, of(2025, 4, 1)).measure(c3, a3, e3, 50, of(2025, 6, 10))
                .measure(c3, b3, e3, 55, of(2025, 4, 1)).measure(c3, b3, e3, 57, of(2025, 6, 10))
                .measure(c4, a4, e4, 42, of(2025, 5, 10))
                .measure(c5, a5, e5, 20, of(2024, 1, 10)).measure(c5, a5, e5, 70, of(2024, 11, 1))
                .measure(c5, b5, e5, 20, of(2024, 1, 10)).measure(c5, b5, e5, 70, of(2024, 11, 1));
        events.attended(c1, e1, therapist, of(2025, 2, 5), of(2025, 2, 19), of(2025, 3, 5), of(2025, 4, 2),
                        of(2025, 5, 7), of(2025, 7, 2), of(2025, 9, 17))
                .missed(c1, e1, therapist, of(2025, 3, 19))
                .cancelled(c1, e1, therapist, of(2025, 4, 16), CancelledBy.CLIENT, true)
                .cancelled(c1, e1, therapist, of(2025, 6, 4), CancelledBy.CLIENT, false)
                .cancelled(c1, e1, therapist, of(2025, 6, 18), CancelledBy.CLINIC, false)
                .attended(c2, e2, therapist, of(2025, 3, 5), of(2025, 3, 19), of(2025, 4, 2))
                .cancelled(c2, e2, therapist, of(2025, 4, 16), CancelledBy.CLIENT, true)
                .attended(c3, e3, therapist, of(2025, 4, 3), of(2025, 4, 17))
                .missed(c3, e3, therapist, of(2025, 5, 1))
                .booked(c4, e4, therapist, of(2025, 12, 20))
                .attended(c5, e5, therapist, of(2024, 2, 1));
        events.dialogue(c1, e1, of(2025, 3, 10), 2, 2, 1, null)
                .dialogue(c1, e1, of(2025, 5, 12), 4, 3, 3, 2)
                .dialogue(c2, e2, of(2025, 3, 20), 3, null, null, null);
        UUID r1 = events.request(c1, e1, of(2025, 3, 10));
        UUID r2 = events.request(c1, e1, of(2025, 3, 10));
        events.request(c2, e2, of(2025, 3, 20));
        events.followUp(c1, e1, r1, FollowUpOutcome.NOT_KEPT, of(2025, 4, 1))
                .followUp(c1, e1, r1, FollowUpOutcome.KEPT, of(2025, 5, 1))
                .followUp(c1, e1, r2, FollowUpOutcome.PARTLY_KEPT, of(2025, 4, 1));
        events.waited(c1, therapist, of(2025, 1, 10), of(2025, 2, 3), WaitlistExit.SLOT_BOOKED)
                .waited(c2, therapist, of(2025, 2, 1), of(2025, 3, 3), WaitlistExit.SLOT_BOOKED)
                .waited(c3, therapist, of(2025, 3, 1), of(2025, 3, 20), WaitlistExit.SLOT_BOOKED)
                .waited(c4, therapist, of(2025, 4, 5), of(2025, 4, 28), WaitlistExit.SLOT_BOOKED)
                .waited(c5, therapist, of(2025, 6, 1), of(2025, 7, 15), WaitlistExit.WITHDRAWN)
                .waited(c5, therapist, of(2025, 11, 15), null, null)
                .waited(c5, therapist, of(2023, 12, 1), of(2024, 1, 8), WaitlistExit.SLOT_BOOKED);
        events.add(practised(c1, a1, of(2025, 3, 2), PracticeEntry.Kind.DIALOGUE, 20))
                .add(practised(c1, a1, of(2025, 5, 2), PracticeEntry.Kind.DIALOGUE, 20))
                .add(practised(c1, b1, of(2025, 9, 30), PracticeEntry.Kind.DIALOGUE, 20))
                .add(practised(c1, b1, of(2025, 2, 1), PracticeEntry.Kind.TEMPERATURE_READING, 0))
                .add(practised(c1, a1, of(2025, 6, 1), PracticeEntry.Kind.TEMPERATURE_READING, 0))
                .add(practised(c1, a1, of(2025, 10, 1), PracticeEntry.Kind.APPRECIATION, 0))
                .add(practised(c2, b2, of(2025, 12, 31), PracticeEntry.Kind.APPRECIATION, 0));
        UUID n1 = UUID.randomUUID();
        events.add(new NoteSigned(n1, c1, e1, null, therapist, true, ClinicEvents.noon(of(2025, 3, 1)), supervisor))
                .add(new NoteCoSigned(n1, c1, e1, therapist, supervisor, ClinicEvents.noon(of(2025, 3, 5))))
                .add(new NoteSigned(UUID.randomUUID(), c1, e1, null, therapist, true, ClinicEvents.noon(of(2025, 4, 1)),
                        supervisor))
                .add(new NoteSigned(UUID.randomUUID(), c2, e2, null, therapist, true, ClinicEvents.noon(of(2025, 4, 2)),
                        null));
    }

    private static HomePracticeLogged practised(UUID couple, UUID partner, LocalDate day, PracticeEntry.Kind kind,
                                                int minutes) {
        return new HomePracticeLogged(UUID.randomUUID(), couple, partner, day, kind, minutes);
    }

    ReportFilter filter() {
        return new ReportFilter(FROM, TO, therapist, null, null, null, ReportFilter.DEFAULT_INSTRUMENT);
    }
}
