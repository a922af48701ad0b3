package org.imagoclinic.scheduling.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.SuggestedSlot;
import org.imagoclinic.scheduling.TherapistProfile;
import org.springframework.stereotype.Component;

/**
 * The next free slots for a waiting couple's intake session: on the days and between the times
 * they said suit them, inside their preferred therapist's working hours (anyone's, when they have
 * no preference) and not in their time off, never on a day the clinic is closed, with the therapist,
 * the couple and a room all free.
 * Read once from the calendar of the weeks ahead, then worked out in memory.
 */
@Component
class WaitlistSlots {

    static final int WEEKS_AHEAD = 4;
    /** Suggestions start an hour apart from the start of a block of working hours, at most two a day, so that they spread over days. */
    private static final int STEP_MINUTES = 60;
    private static final int MOST_A_DAY = 2;

    /** An intake seats the couple and their therapist, as the booking's room rule counts them. */
    private static final int COUPLE_AND_THERAPIST = 3;

    private final AppointmentRepository appointments;
    private final RoomRepository rooms;
    private final HoursChecker hours;
    private final StaffTherapistProfiles therapists;
    private final ClinicTime time;
    private final ClosureCalendar closures;

    WaitlistSlots(AppointmentRepository appointments, RoomRepository rooms, HoursChecker hours,
                  StaffTherapistProfiles therapists, ClinicTime time, ClosureCalendar closures) {
        this.closures = closures;
        this.appointments = appointments;
        this.rooms = rooms;
        this.hours = hours;
        this.therapists = therapists;
        this.time = time;
    }

    List<SuggestedSlot> suggest(WaitlistRepository.Waiting entry, int count) {
        LocalDateTime now = time.localNow();
        LocalDate first = now.toLocalDate();
        LocalDate last = first.plusWeeks(WEEKS_AHEAD);
        int minutes = AppointmentKind.INTAKE.defaultMinutes();
        List<TherapistProfile> whom = entry.preferredTherapistId() != null
                ? List.of(therapists.of(entry.preferredTherapistId()))
                : therapists.therapists().stream().filter(profile -> therapists.whyNotBookable(profile.staffId()).isEmpty())
                .toList();
        List<StoredAppointment> booked = appointments.find(AppointmentQuery.wholeClinic(first, last), time.days(first, last))
                .stream().filter(appointment -> appointment.status() != AppointmentStatus.CANCELLED).toList();
        List<Room> free = rooms.rooms(true).stream().filter(room -> room.capacity() >= COUPLE_AND_THERAPIST).toList();
        Set<UUID> resources = new HashSet<>();
        whom.forEach(therapist -> resources.add(therapist.staffId()));
        free.forEach(room -> resources.add(room.id()));
        List<AppointmentRepository.HeldSpan> held = appointments.heldBy(resources, time.days(first, last));
        ClosureCalendar.Closures closed = closures.between(first, last);
        Map<UUID, HoursChecker.Availability> availability = new HashMap<>();
        List<SuggestedSlot> found = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last) && found.size() < count; day = day.plusDays(1)) {
            if (!entry.days().isEmpty() && !entry.days().contains(day.getDayOfWeek()) || closed.on(day).isPresent()) {
                continue;
            }
            List<SuggestedSlot> ofTheDay = new ArrayList<>();
            for (TherapistProfile therapist : whom) {
                HoursChecker.Availability theirs = availability.computeIfAbsent(therapist.staffId(), id -> hours.availability(
                        id, therapist.name(), first.atStartOfDay(), last.plusDays(1).atStartOfDay()));
                for (HoursBlock block : theirs.hours()) {
                    if (block.day() != day.getDayOfWeek() || block.from() == null || block.to() == null) {
                        continue;
                    }
                    LocalDateTime blockEnd = day.atTime(block.to());
                    for (LocalDateTime from = day.atTime(block.from()); !from.plusMinutes(minutes).isAfter(blockEnd);
                         from = from.plusMinutes(STEP_MINUTES)) {
                        LocalDateTime to = from.plusMinutes(minutes);
                        if (from.isBefore(now) || !suits(entry, from, to) || theirs.problem(from, to, false).isPresent()
                                || coupleBusy(booked, from, to, entry.coupleId())
                                || isHeld(held, therapist.staffId(), from, to)) {
                            continue;
                        }
                        LocalDateTime start = from;
                        roomFree(free, held, from, to).ifPresent(room -> ofTheDay.add(new SuggestedSlot(
                                therapist.staffId(), therapist.name(), room.id(), room.label(), start, to)));
                    }
                }
            }
            ofTheDay.stream().sorted(Comparator.comparing(SuggestedSlot::start)).limit(MOST_A_DAY)
                    .limit(count - found.size()).forEach(found::add);
        }
        return found;
    }

    private static boolean suits(WaitlistRepository.Waiting entry, LocalDateTime from, LocalDateTime to) {
        return (entry.earliest() == null || !from.toLocalTime().isBefore(entry.earliest()))
                && (entry.latest() == null || to.toLocalDate().equals(from.toLocalDate())
                && !to.toLocalTime().isAfter(entry.latest()));
    }

    /** The couple's own sessions and workshops (the therapist and rooms are asked of their holds). */
    private boolean coupleBusy(List<StoredAppointment> booked, LocalDateTime from, LocalDateTime to, UUID coupleId) {
        return booked.stream().filter(appointment -> overlaps(appointment, from, to)).anyMatch(appointment ->
                coupleId.equals(appointment.coupleId())
                        || appointment.attendees().stream().anyMatch(attendee -> !attendee.released()
                        && coupleId.equals(attendee.coupleId())));
    }

    private Optional<Room> roomFree(List<Room> candidates, List<AppointmentRepository.HeldSpan> held, LocalDateTime from,
                                    LocalDateTime to) {
        return candidates.stream().filter(room -> !isHeld(held, room.id(), from, to)).findFirst();
    }

    private boolean isHeld(List<AppointmentRepository.HeldSpan> held, UUID resourceId, LocalDateTime from, LocalDateTime to) {
        return held.stream().anyMatch(span -> span.resourceId().equals(resourceId)
                && time.local(span.from()).isBefore(to) && time.local(span.until()).isAfter(from));
    }

    private boolean overlaps(StoredAppointment appointment, LocalDateTime from, LocalDateTime to) {
        return time.local(appointment.start()).isBefore(to) && time.local(appointment.end()).isAfter(from);
    }
}
