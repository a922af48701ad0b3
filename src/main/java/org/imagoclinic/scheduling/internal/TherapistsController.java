package org.imagoclinic.scheduling.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.scheduling.CalendarFeeds;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.NewTimeOff;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.scheduling.TimeOff;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: a therapist's working hours (administrators change them), time off and iCalendar feed. */
@Tag(name = "Therapists", description = "Therapists' working hours, time off and calendar feeds")
@RestController
@RequestMapping("/api/therapists")
class TherapistsController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final TherapistAvailability availability;
    private final CalendarFeeds feeds;
    private final ClinicTime time;

    TherapistsController(TherapistAvailability availability, CalendarFeeds feeds, ClinicTime time) {
        this.availability = availability;
        this.feeds = feeds;
        this.time = time;
    }

    @Operation(operationId = "workingHours", summary = "Read a therapist's working hours")
    @GetMapping("/{id}/working-hours")
    List<HoursBlock> hours(@PathVariable UUID id) {
        return availability.hoursOf(id);
    }

    @Operation(operationId = "replaceWorkingHours", summary = "Replace a therapist's working hours")
    @PutMapping("/{id}/working-hours")
    List<HoursBlock> replaceHours(@PathVariable UUID id, @RequestBody List<HoursBlock> hours) {
        return availability.replaceHours(id, hours);
    }

    @Operation(operationId = "listTimeOff", summary = "List a therapist's time off")
    @GetMapping("/{id}/time-off")
    List<TimeOff> timeOff(@PathVariable UUID id,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        LocalDate first = from == null ? time.today() : from;
        return availability.timeOff(id, first, to == null ? first.plusYears(1) : to);
    }

    @Operation(operationId = "addTimeOff", summary = "Add time off")
    @PostMapping("/{id}/time-off")
    ResponseEntity<TimeOff> addTimeOff(@PathVariable UUID id, @RequestBody NewTimeOff timeOff) {
        TimeOff added = availability.addTimeOff(id, timeOff);
        return ResponseEntity.created(URI.create("/api/therapists/" + id + "/time-off/" + added.id())).body(added);
    }

    @Operation(operationId = "removeTimeOff", summary = "Remove time off")
    @DeleteMapping("/{id}/time-off/{timeOffId}")
    ResponseEntity<Void> removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
        availability.removeTimeOff(id, timeOffId);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "therapistCalendar", summary = "Download a therapist's sessions as iCalendar")
    @GetMapping(value = "/{id}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(CALENDAR).body(feeds.feedOf(id));
    }

    /** A new secret address for the signed-in therapist's own feed; the old one stops working. */
    @Operation(operationId = "newCalendarFeedAddress", summary = "Give one's calendar feed a new secret address")
    @PostMapping("/me/calendar-feed")
    Map<String, String> newFeedAddress() {
        return Map.of("path", CalendarFeedController.PATH + feeds.newSecret() + ".ics");
    }
}
