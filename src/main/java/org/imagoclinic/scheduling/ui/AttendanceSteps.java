package org.imagoclinic.scheduling.ui;

import java.time.LocalDateTime;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Attendance;

/**
 * The attendance steps a session allows at a moment of the clinic's wall clock, by the same rules
 * as {@link Attendance}: views offer only these, so that nobody clicks
 * "Check in" on a session that has ended or "Completed" on one that has not begun.
 *
 * @param checkIn scheduled and in a room (a telehealth session has no arrival), from twelve hours
 *                before the start until the end
 * @param noShow scheduled and started
 * @param complete scheduled or checked in, and started
 * @param undoCheckIn checked in, until the end (an arrival recorded by mistake)
 */
record AttendanceSteps(boolean checkIn, boolean noShow, boolean complete, boolean undoCheckIn) {

    static AttendanceSteps of(Appointment appointment, LocalDateTime now) {
        boolean scheduled = appointment.status() == AppointmentStatus.SCHEDULED;
        boolean started = !now.isBefore(appointment.start());
        boolean checkInOpen = !now.isBefore(appointment.start().minus(Attendance.CHECK_IN_OPENS)) && !now.isAfter(appointment.end());
        boolean checkedIn = appointment.status() == AppointmentStatus.CHECKED_IN;
        return new AttendanceSteps(scheduled && checkInOpen && !appointment.telehealth(), scheduled && started,
                (scheduled || checkedIn) && started, checkedIn && !now.isAfter(appointment.end()));
    }
}
