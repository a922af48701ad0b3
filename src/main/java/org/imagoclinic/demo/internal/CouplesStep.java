package org.imagoclinic.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.demo.DemoSession.Outcome;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.Recurrence;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Puts each planned couple's care on the timeline, each action by whoever does it in a clinic: the
 * front desk registers, books, checks in, records no-shows and cancellations and keeps the waitlist;
 * the therapist screens, decides, starts, pauses and closes the episode and records the session as
 * completed.
 */
@Component
class CouplesStep implements DemoClinicStep {

    private static final List<String> CLIENT_REASONS = List.of("Illness", "Work trip", "No childcare",
            "Car broke down", "Family emergency");

    private final Couples couples;
    private final EpisodesOfCare episodes;
    private final Screenings screenings;
    private final Bookings bookings;
    private final Attendance attendance;
    private final Waitlist waitlist;
    private final PlacesStep places;

    CouplesStep(Couples couples, EpisodesOfCare episodes, Screenings screenings, Bookings bookings,
                Attendance attendance, Waitlist waitlist, PlacesStep places) {
        this.couples = couples;
        this.episodes = episodes;
        this.screenings = screenings;
        this.bookings = bookings;
        this.attendance = attendance;
        this.waitlist = waitlist;
        this.places = places;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void plan(DemoClinic clinic) {
        List<DemoStaffMember> clinicians = clinic.staffWith(Roles.THERAPIST);
        List<DemoStaffMember> desk = clinic.staffWith(Roles.FRONT_DESK);
        for (CouplePlanner.Planned planned : CouplePlanner.plan(clinic, clinicians)) {
            clinic.couples().add(planned.couple());
            String frontDesk = desk.get(planned.couple().number() % desk.size()).username();
            Random random = clinic.random("attendance " + planned.couple().number());
            new CoupleTimeline(clinic, planned, frontDesk, random).plan();
        }
    }

    /** One couple's actions. */
    private final class CoupleTimeline {

        private final DemoClinic clinic;
        private final CouplePlanner.Planned planned;
        private final DemoCouple couple;
        private final String desk;
        private final Random random;

        CoupleTimeline(DemoClinic clinic, CouplePlanner.Planned planned, String desk, Random random) {
            this.clinic = clinic;
            this.planned = planned;
            this.couple = planned.couple();
            this.desk = desk;
            this.random = random;
        }

        void plan() {
            LocalDateTime registered = couple.registeredAt();
            clinic.at(registered, desk, "register couple " + couple.number(), this::register);
            if (couple.path() == CarePath.WAITING) {
                clinic.at(registered.plusMinutes(5), desk, "put couple " + couple.number() + " on the waitlist",
                        () -> waitlist.add(new NewWaitlistEntry(couple.coupleId(), null,
                                EnumSet.of(DayOfWeek.of(1 + random.nextInt(5)), DayOfWeek.of(1 + random.nextInt(5))),
                                LocalTime.of(9, 0), LocalTime.of(18, 0),
                                random.nextInt(5) == 0 ? Priority.HIGH : Priority.NORMAL,
                                "Prefers " + (random.nextBoolean() ? "mornings" : "afternoons") + ".")));
                return;
            }
            String therapist = couple.therapist().username();
            DemoSession intake = couple.sessions().getFirst();
            clinic.at(registered.plusMinutes(20), desk, "book the intake of couple " + couple.number(),
                    () -> intake.booked(bookings.book(request(AppointmentKind.INTAKE, intake.start(), null)).first().id()));
            attend(intake, therapist);
            for (NewScreen screen : couple.screens()) {
                clinic.at(intake.end().plusMinutes(5), therapist, "screen partner " + screen.partner() + " of couple "
                        + couple.number(), () -> screenings.record(couple.coupleId(), screen));
            }
            if (planned.decision() != null) {
                clinic.at(planned.decision().decidedOn().atTime(11, 0), therapist, "decide on couple " + couple.number(),
                        () -> screenings.decide(couple.coupleId(), planned.decision()));
            }
            if (couple.activeFrom() != null) {
                LocalDateTime start = couple.activeFrom();
                List<DemoSession> joint = couple.sessions().subList(1, couple.sessions().size());
                clinic.at(start, therapist, "start the episode of couple " + couple.number(),
                        () -> episodes.start(couple.coupleId(), couple.episodeId(),
                                new StatusChange(start.toLocalDate(), null)));
                clinic.at(start.plusMinutes(10), desk, "book the sessions of couple " + couple.number(), () -> {
                    List<Appointment> made = bookings.book(request(AppointmentKind.JOINT, joint.getFirst().start(),
                            new Recurrence(planned.frequency(), joint.size(), null))).appointments();
                    for (int i = 0; i < joint.size(); i++) {
                        joint.get(i).booked(made.get(i).id());
                    }
                });
                joint.forEach(session -> attend(session, therapist));
                callOff(joint);
            }
            end(therapist);
        }

        private void register() {
            CoupleRegistration given = couple.registration();
            UUID therapistId = couple.therapist() == null ? null : couple.therapist().staffId();
            Couple made = couples.register(new CoupleRegistration(given.partnerA(), given.partnerB(),
                    given.relationship(), given.intake(), given.consents(), therapistId, null, null));
            couple.registered(made.id(), made.openEpisode().map(Episode::id).orElse(null), made.partnerA().personId(),
                    made.partnerB().personId());
        }

        private BookingRequest request(AppointmentKind kind, LocalDateTime start, Recurrence recurrence) {
            SlotPlanner.Slot slot = planned.slot();
            BookingRequest request = new BookingRequest(kind, couple.coupleId(), null, slot.therapist().staffId(), null,
                    slot.room() == null ? null : places.room(PlacesStep.THERAPY_ROOMS.get(slot.room())), start, null,
                    null, false, null, null, null, recurrence, null);
            return slot.room() == null ? request.online("https://meet.example.org/imago-" + couple.number()) : request;
        }

        /** What happens to a session that has passed: attended, missed or cancelled by the couple. */
        private void attend(DemoSession session, String therapist) {
            String what = " the session of couple " + couple.number() + " on " + session.start();
            switch (session.outcome()) {
                case COMPLETED -> {
                    if (planned.slot().room() != null) {
                        clinic.at(session.start().minusMinutes(5), desk, "check in" + what,
                                () -> attendance.checkIn(session.appointmentId()));
                    }
                    clinic.at(session.end(), therapist, "complete" + what, () -> attendance.complete(session.appointmentId()));
                }
                case NO_SHOW -> clinic.at(session.start().plusMinutes(20), desk, "no-show" + what,
                        () -> attendance.markNoShow(session.appointmentId()));
                case LATE_CANCELLED -> clinic.at(session.start().minusHours(2 + random.nextInt(18)), desk,
                        "late cancel" + what, () -> bookings.cancel(session.appointmentId(),
                                Cancellation.byClient(CLIENT_REASONS.get(random.nextInt(CLIENT_REASONS.size())))));
                case CANCELLED -> {
                    LocalDateTime at = session.start().minusDays(2 + random.nextInt(5));
                    LocalDateTime earliest = couple.activeFrom() == null ? at : couple.activeFrom().plusHours(1);
                    boolean byClinic = random.nextInt(5) == 0;
                    clinic.at(at.isBefore(earliest) ? earliest : at, desk, "cancel" + what,
                            () -> bookings.cancel(session.appointmentId(), byClinic
                                    ? Cancellation.byClinic("Therapist unwell")
                                    : Cancellation.byClient(CLIENT_REASONS.get(random.nextInt(CLIENT_REASONS.size())))));
                }
                default -> {
                    // still to come, or called off with the rest of the series
                }
            }
        }

        /** When care pauses or ends, the sessions still booked are called off by the clinic, all at once. */
        private void callOff(List<DemoSession> joint) {
            joint.stream().filter(session -> session.outcome() == Outcome.CALLED_OFF).findFirst().ifPresent(first ->
                    clinic.at(couple.endedOn().atTime(11, 55), desk, "call off the sessions of couple " + couple.number(),
                            () -> bookings.cancel(first.appointmentId(), new Cancellation(CancelledBy.CLINIC,
                                    couple.path() == CarePath.PAUSED ? "Care paused" : "Episode of care ended", true))));
        }

        private void end(String therapist) {
            if (couple.endedOn() == null) {
                return;
            }
            LocalDateTime at = couple.endedOn().atTime(12, 0);
            if (couple.path() == CarePath.PAUSED) {
                clinic.at(at, therapist, "pause couple " + couple.number(), () -> episodes.pause(couple.coupleId(),
                        couple.episodeId(), new StatusChange(couple.endedOn(), "A partner is working abroad for two months.")));
            } else {
                clinic.at(at.plusMinutes(planned.decision() != null && planned.ending() != null
                                && couple.path() == CarePath.REFERRED_OUT ? 30 : 0), therapist,
                        "close the episode of couple " + couple.number(), () -> episodes.close(couple.coupleId(),
                                couple.episodeId(), new EpisodeClosing(planned.ending(), planned.endingReason(),
                                        couple.endedOn())));
            }
        }
    }
}
