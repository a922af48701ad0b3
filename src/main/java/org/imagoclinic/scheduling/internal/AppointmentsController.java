package org.imagoclinic.scheduling.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Booking;
import org.imagoclinic.scheduling.BookingCheck;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.Move;
import org.imagoclinic.scheduling.Reschedule;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: booking (201, or 400 per field, 404, 409 with what clashes, 422 with the rule broken),
 * listing, moving, cancelling, attendance and workshop enrolment. Times are the clinic's wall clock.
 */
@Tag(name = "Sessions", description = "Booking, moving, cancelling and recording sessions and workshops")
@RestController
@RequestMapping("/api/appointments")
class AppointmentsController {

    private final Bookings bookings;
    private final Appointments appointments;
    private final Attendance attendance;
    private final ClinicTime time;

    AppointmentsController(Bookings bookings, Appointments appointments, Attendance attendance, ClinicTime time) {
        this.bookings = bookings;
        this.appointments = appointments;
        this.attendance = attendance;
        this.time = time;
    }

    @Operation(operationId = "bookAppointment", summary = "Book a session")
    @PostMapping
    ResponseEntity<Booking> book(@RequestBody BookingRequest request) {
        Booking booking = bookings.book(request);
        return ResponseEntity.created(URI.create("/api/appointments/" + booking.first().id())).body(booking);
    }

    /** What would stand in the way of a booking, without saving it. */
    @Operation(operationId = "checkBooking", summary = "Check whether a session could be booked, without booking it")
    @PostMapping("/check")
    BookingCheck check(@RequestBody BookingRequest request) {
        return bookings.check(request);
    }

    @Operation(operationId = "findAppointments", summary = "Find sessions by therapist, room, couple or period")
    @GetMapping
    List<Appointment> find(@RequestParam(required = false) @Nullable UUID therapistId,
                           @RequestParam(required = false) @Nullable UUID roomId,
                           @RequestParam(required = false) @Nullable UUID coupleId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                           @RequestParam(defaultValue = "false") boolean includeCancelled) {
        LocalDate first = from == null ? time.today() : from;
        LocalDate last = to == null ? first.plusDays(6) : to;
        return appointments.find(new AppointmentQuery(therapistId, roomId, coupleId, first, last, includeCancelled));
    }

    @Operation(operationId = "getAppointment", summary = "Read one session")
    @GetMapping("/{id}")
    Appointment get(@PathVariable UUID id) {
        return appointments.get(id);
    }

    @Operation(operationId = "appointmentMoves", summary = "List the times a session was moved")
    @GetMapping("/{id}/moves")
    List<Move> moves(@PathVariable UUID id) {
        return appointments.movesOf(id);
    }

    @Operation(operationId = "rescheduleAppointment", summary = "Move a session to another time or room")
    @PostMapping("/{id}/reschedule")
    Booking reschedule(@PathVariable UUID id, @RequestBody Reschedule reschedule) {
        return bookings.reschedule(id, reschedule);
    }

    /** Whether cancelling now would be late, with the notice given and the notice the clinic asks for. */
    @Operation(operationId = "cancellationNotice", summary = "Say whether cancelling now would be late")
    @GetMapping("/{id}/cancellation-notice")
    CancellationNotice cancellationNotice(@PathVariable UUID id) {
        return bookings.cancellationNotice(id);
    }

    @Operation(operationId = "cancelAppointment", summary = "Cancel a session")
    @PostMapping("/{id}/cancel")
    Booking cancel(@PathVariable UUID id, @RequestBody Cancellation cancellation) {
        return bookings.cancel(id, cancellation);
    }

    @Operation(operationId = "checkInAppointment", summary = "Check a couple in for their session")
    @PostMapping("/{id}/check-in")
    Appointment checkIn(@PathVariable UUID id) {
        return attendance.checkIn(id);
    }

    @Operation(operationId = "undoCheckIn", summary = "Undo a check-in recorded by mistake")
    @PostMapping("/{id}/undo-check-in")
    Appointment undoCheckIn(@PathVariable UUID id) {
        return attendance.undoCheckIn(id);
    }

    @Operation(operationId = "completeAppointment", summary = "Mark a session as held")
    @PostMapping("/{id}/complete")
    Appointment complete(@PathVariable UUID id) {
        return attendance.complete(id);
    }

    @Operation(operationId = "recordNoShow", summary = "Record that a couple did not come")
    @PostMapping("/{id}/no-show")
    Appointment noShow(@PathVariable UUID id) {
        return attendance.markNoShow(id);
    }

    /** A couple to enrol in a workshop. */
    record Enrolment(@Nullable UUID coupleId) {
    }

    @Operation(operationId = "enrolInWorkshop", summary = "Enrol a couple in a workshop")
    @PostMapping("/{id}/enrolments")
    Appointment enrol(@PathVariable UUID id, @RequestBody Enrolment enrolment) {
        if (enrolment.coupleId() == null) {
            throw new InvalidInputException("coupleId", "Choose the couple to enrol.");
        }
        return bookings.enrol(id, enrolment.coupleId());
    }

    @Operation(operationId = "withdrawFromWorkshop", summary = "Withdraw a couple from a workshop")
    @DeleteMapping("/{id}/enrolments/{coupleId}")
    Appointment withdraw(@PathVariable UUID id, @PathVariable UUID coupleId,
                         @RequestParam(defaultValue = "CLIENT") CancelledBy by,
                         @RequestParam(defaultValue = "withdrawn") String reason) {
        return bookings.withdraw(id, coupleId, by, reason);
    }
}
