package org.imagoclinic.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Gives each couple a therapist and a weekly slot (weekday and time inside working hours) with a room
 * or telehealth, so that no therapist and no room is planned twice for the same weeks. PostgreSQL
 * still has the last word when the timeline books; this keeps the plan clear of clashes.
 */
final class SlotPlanner {

    /** Session starts inside the usual hours 09:00–13:00 and 14:00–18:00, for 90 minutes. */
    static final List<LocalTime> TIMES = List.of(LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(14, 0),
            LocalTime.of(16, 0));
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /**
     * @param room index into {@link PlacesStep#THERAPY_ROOMS}; none for telehealth
     */
    record Slot(DemoStaffMember therapist, DayOfWeek day, LocalTime time, @Nullable Integer room) {

        LocalDate firstOnOrAfter(LocalDate from) {
            return from.with(TemporalAdjusters.nextOrSame(day));
        }
    }

    private record Weeks(LocalDate from, LocalDate to) {
        boolean overlaps(Weeks other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }
    }

    private final List<DemoStaffMember> caseloads = new ArrayList<>();
    private final int rooms;
    private final Random random;
    private final Map<String, List<Weeks>> taken = new HashMap<>();

    /** Supervisors carry half the caseload of other therapists. */
    SlotPlanner(List<DemoStaffMember> clinicians, int rooms, Random random) {
        for (DemoStaffMember clinician : clinicians) {
            caseloads.add(clinician);
            if (!clinician.hasRole(Roles.SUPERVISOR)) {
                caseloads.add(clinician);
            }
        }
        this.rooms = rooms;
        this.random = random;
    }

    /** A slot from {@code from} for {@code weeks} weeks, in a room unless {@code online} (or no room is free). */
    Slot place(LocalDate from, int weeks, boolean online) {
        return place(from, weeks, online, null);
    }

    /** As {@link #place(LocalDate, int, boolean)}, trying {@code preferred} first when given. */
    Slot place(LocalDate from, int weeks, boolean online, @Nullable DemoStaffMember preferred) {
        List<DemoStaffMember> therapists = new ArrayList<>(caseloads);
        Collections.shuffle(therapists, random);
        if (preferred != null) {
            therapists.remove(preferred);
            therapists.addFirst(preferred);
        }
        List<int[]> times = new ArrayList<>();
        for (int d = 0; d < DAYS.size(); d++) {
            for (int t = 0; t < TIMES.size(); t++) {
                times.add(new int[] {d, t});
            }
        }
        Slot fallback = null;
        for (DemoStaffMember therapist : therapists) {
            Collections.shuffle(times, random);
            for (int[] time : times) {
                DayOfWeek day = DAYS.get(time[0]);
                LocalTime at = TIMES.get(time[1]);
                LocalDate first = from.with(TemporalAdjusters.nextOrSame(day));
                Weeks span = new Weeks(first, first.plusWeeks(weeks));
                String therapistKey = therapist.username() + day + at;
                if (!free(therapistKey, span)) {
                    continue;
                }
                Integer room = online ? null : freeRoom(day, at, span);
                if (room == null && !online) {
                    fallback = fallback == null ? new Slot(therapist, day, at, null) : fallback;
                    continue;
                }
                take(therapistKey, span);
                if (room != null) {
                    take("room" + room + day + at, span);
                }
                return new Slot(therapist, day, at, room);
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("The demo clinic has no free slot left from " + from);
        }
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(fallback.day()));
        take(fallback.therapist().username() + fallback.day() + fallback.time(),
                new Weeks(first, first.plusWeeks(weeks)));
        return fallback;
    }

    private @Nullable Integer freeRoom(DayOfWeek day, LocalTime at, Weeks span) {
        List<Integer> order = new ArrayList<>();
        for (int room = 0; room < rooms; room++) {
            order.add(room);
        }
        Collections.shuffle(order, random);
        return order.stream().filter(room -> free("room" + room + day + at, span)).findFirst().orElse(null);
    }

    private boolean free(String key, Weeks span) {
        return taken.getOrDefault(key, List.of()).stream().noneMatch(span::overlaps);
    }

    private void take(String key, Weeks span) {
        taken.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
    }
}
