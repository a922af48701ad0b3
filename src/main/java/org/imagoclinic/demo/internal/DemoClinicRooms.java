package org.imagoclinic.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's rooms and hours, so that sessions can be booked at once: a location with two
 * therapy rooms and a workshop hall, and Monday to Friday 09:00–13:00 and 14:00–18:00 for every
 * therapist who has no hours yet. Only in the {@code demo} profile, after the demo staff (order 10).
 */
@Component
@Profile("demo")
@Order(20)
class DemoClinicRooms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClinicRooms.class);

    private final Rooms rooms;
    private final TherapistAvailability availability;
    private final TherapistProfiles therapists;

    DemoClinicRooms(Rooms rooms, TherapistAvailability availability, TherapistProfiles therapists) {
        this.rooms = rooms;
        this.availability = availability;
        this.therapists = therapists;
    }

    @Override
    public void run(ApplicationArguments args) {
        AsClinicSetUp.run(() -> {
            if (rooms.locations().isEmpty()) {
                Location main = rooms.addLocation("Main street", "12 Main Street");
                rooms.addRoom(new RoomDetails(main.id(), "Room 1", 4));
                rooms.addRoom(new RoomDetails(main.id(), "Room 2", 4));
                rooms.addRoom(new RoomDetails(main.id(), "Workshop hall", 40));
                log.info("Demo profile: added the location Main street with two rooms and a workshop hall");
            }
            for (TherapistProfile therapist : therapists.therapists()) {
                if (availability.hoursOf(therapist.staffId()).isEmpty()) {
                    availability.replaceHours(therapist.staffId(), usualWeek());
                    log.info("Demo profile: working hours for {}", therapist.name());
                }
            }
        });
    }

    private static List<HoursBlock> usualWeek() {
        List<HoursBlock> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new HoursBlock(day, LocalTime.of(9, 0), LocalTime.of(13, 0)));
            week.add(new HoursBlock(day, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        }
        return week;
    }
}
