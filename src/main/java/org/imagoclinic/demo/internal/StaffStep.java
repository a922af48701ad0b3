package org.imagoclinic.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;
import org.springframework.stereotype.Component;

/**
 * Adds the staff a month before the history starts, as the administrator: the directory, sign-ins
 * (with one-time passwords nobody is given; the generator acts as them), supervision and working
 * hours (weekdays 09:00–13:00 and 14:00–18:00).
 */
@Component
class StaffStep implements DemoClinicStep {

    private final StaffDirectory directory;
    private final TherapistAvailability availability;

    StaffStep(StaffDirectory directory, TherapistAvailability availability) {
        this.directory = directory;
        this.availability = availability;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void plan(DemoClinic clinic) {
        LocalDate day = clinic.historyStarts().minusMonths(1);
        Map<String, UUID> ids = new HashMap<>();
        for (StaffPlanner.Planned planned : StaffPlanner.plan(clinic)) {
            clinic.staff().add(planned.member());
            if (planned.details() == null) {
                clinic.at(day.atTime(8, 0), StaffPlanner.EXISTING_ADMIN, "find " + planned.member(), () -> {
                    UUID id = existing(planned.member().name());
                    planned.member().added(id);
                    ids.put(planned.member().username(), id);
                });
                continue;
            }
            clinic.at(day.atTime(9, 0), StaffPlanner.EXISTING_ADMIN, "add " + planned.member(), () -> {
                UUID id = directory.add(planned.details()).member().id();
                planned.member().added(id);
                ids.put(planned.member().username(), id);
                if (planned.member().hasRole(Roles.THERAPIST)) {
                    availability.replaceHours(id, usualWeek());
                }
            });
            if (planned.supervisedBy() != null) {
                clinic.at(day.atTime(9, 30), StaffPlanner.EXISTING_ADMIN, "supervise " + planned.member(),
                        () -> directory.assignSupervisor(ids.get(planned.member().username()),
                                ids.get(planned.supervisedBy()), day));
            }
        }
    }

    private UUID existing(String name) {
        return directory.find(StaffQuery.everyone(), 0, 1000).stream()
                .filter(member -> member.displayName().equals(name)).map(StaffMember::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo sign-in of " + name + " is missing"));
    }

    static List<HoursBlock> usualWeek() {
        List<HoursBlock> week = new ArrayList<>();
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new HoursBlock(weekday, LocalTime.of(9, 0), LocalTime.of(13, 0)));
            week.add(new HoursBlock(weekday, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        }
        return week;
    }
}
