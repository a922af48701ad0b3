package org.imagoclinic.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Frequency;
import org.imagoclinic.scheduling.Recurrence;
import org.imagoclinic.security.Roles;
import org.springframework.stereotype.Component;

/**
 * "Getting the Love You Want": a two-day weekend workshop led by the two supervisors in the workshop
 * hall, one held about four months ago (its couples enrolled while in care, both days completed) and
 * one three weeks ahead with couples enrolled and places left. Weekends are outside everyone's
 * working hours, so the front desk books them with a reason.
 */
@Component
class WorkshopStep implements DemoClinicStep {

    static final String TITLE = "Getting the Love You Want";
    static final int PLACES = 12;

    private final Bookings bookings;
    private final Attendance attendance;
    private final PlacesStep places;

    WorkshopStep(Bookings bookings, Attendance attendance, PlacesStep places) {
        this.bookings = bookings;
        this.attendance = attendance;
        this.places = places;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void plan(DemoClinic clinic) {
        LocalDate ahead = clinic.today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(2);
        workshop(clinic, ahead, 7, false);
        LocalDate before = clinic.today().minusMonths(4).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        if (before.isAfter(clinic.historyStarts().plusWeeks(6))) {
            workshop(clinic, before, 8, true);
        }
    }

    private void workshop(DemoClinic clinic, LocalDate saturday, int couples, boolean held) {
        List<DemoStaffMember> leads = clinic.staffWith(Roles.SUPERVISOR);
        String desk = clinic.staffWith(Roles.FRONT_DESK).getFirst().username();
        LocalDateTime bookedAt = saturday.minusWeeks(8).atTime(10, 0);
        List<UUID> days = new ArrayList<>();
        clinic.at(bookedAt, desk, "book the workshop of " + saturday, () -> bookings.book(
                BookingRequest.workshop(TITLE, PLACES, leads.getFirst().staffId(), places.room(PlacesStep.HALL),
                        saturday.atTime(9, 0), saturday.atTime(17, 0))
                        .withTherapists(leads.getFirst().staffId(), leads.getLast().staffId())
                        .withRecurrence(new Recurrence(Frequency.DAILY, 2, null))
                        .withOverride("Weekend workshop: the leads give their weekend"))
                .appointments().stream().map(Appointment::id).forEach(days::add));
        List<DemoCouple> enrolled = clinic.couples().stream()
                .filter(couple -> eligible(couple, saturday, held)).limit(couples).toList();
        for (int i = 0; i < enrolled.size(); i++) {
            DemoCouple couple = enrolled.get(i);
            LocalDateTime at = saturday.minusDays(30 - 3L * i).atTime(15, 0);
            LocalDateTime when = couple.activeFrom().isAfter(at) ? couple.activeFrom().plusHours(2) : at;
            clinic.at(when, desk, "enrol couple " + couple.number() + " in the workshop of " + saturday,
                    () -> bookings.enrol(days.getFirst(), couple.coupleId()));
        }
        if (held) {
            String lead = leads.getFirst().username();
            clinic.at(saturday.atTime(17, 0), lead, "complete day 1 of the workshop of " + saturday,
                    () -> attendance.complete(days.getFirst()));
            clinic.at(saturday.plusDays(1).atTime(17, 0), lead, "complete day 2 of the workshop of " + saturday,
                    () -> attendance.complete(days.getLast()));
        }
    }

    /** In joint work from before the enrolment until after the workshop. */
    private static boolean eligible(DemoCouple couple, LocalDate saturday, boolean held) {
        if (couple.activeFrom() == null || !couple.activeFrom().toLocalDate().isBefore(saturday.minusDays(3))) {
            return false;
        }
        if (!held) {
            return couple.path() == CarePath.ACTIVE;
        }
        return couple.path() != CarePath.PAUSED && (couple.endedOn() == null || couple.endedOn().isAfter(saturday.plusDays(1)));
    }
}
