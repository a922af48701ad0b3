package org.imagoclinic.scheduling;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to book. Times are the clinic's wall-clock times (its time zone, {@code imago.clinic.time-zone}).
 *
 * @param coupleId the couple; for an individual session the couple whose partner comes (a person may be
 *                 a partner in more than one couple over the years); none for a workshop, whose couples
 *                 are enrolled afterwards
 * @param partnerId the partner (person id) who comes to an individual session; only for that kind
 * @param coTherapistId a second therapist, e.g. for a workshop led by two
 * @param roomId the room of an in-person session; none for telehealth
 * @param end the end; without it {@code durationMinutes}, and without that the kind's usual length
 * @param telehealth whether the session is held online; it then needs a meeting link and no room
 * @param title a workshop's title, e.g. "Getting the Love You Want"
 * @param capacity how many couples a workshop takes
 * @param recurrence to book a weekly or fortnightly series from {@code start}; none for one session
 * @param hoursOverrideReason books outside the therapist's working hours or during their time off;
 *                            front desk and administrators only, audited
 * @param bookOnClosureDay books on a day the clinic is closed ({@link ClosureDays}) anyway: a single session
 *                         there is refused without it, and a series keeps those days instead of skipping them
 */
public record BookingRequest(@Nullable AppointmentKind kind, @Nullable UUID coupleId, @Nullable UUID partnerId,
                             @Nullable UUID therapistId, @Nullable UUID coTherapistId, @Nullable UUID roomId,
                             @Nullable LocalDateTime start, @Nullable LocalDateTime end,
                             @Nullable Integer durationMinutes, @Nullable Boolean telehealth, @Nullable String meetingLink,
                             @Nullable String title, @Nullable Integer capacity, @Nullable Recurrence recurrence,
                             @Nullable String hoursOverrideReason, @Nullable Boolean bookOnClosureDay) {

    /** The most couples one workshop takes. */
    public static final int WORKSHOP_CAPACITY = 100;


    /** A request that leaves the clinic's closure days as they are: a series skips them, a single session is refused. */
    public BookingRequest(@Nullable AppointmentKind kind, @Nullable UUID coupleId, @Nullable UUID partnerId,
                          @Nullable UUID therapistId, @Nullable UUID coTherapistId, @Nullable UUID roomId,
                          @Nullable LocalDateTime start, @Nullable LocalDateTime end,
                          @Nullable Integer durationMinutes, @Nullable Boolean telehealth, @Nullable String meetingLink,
                          @Nullable String title, @Nullable Integer capacity, @Nullable Recurrence recurrence,
                          @Nullable String hoursOverrideReason) {
        this(kind, coupleId, partnerId, therapistId, coTherapistId, roomId, start, end, durationMinutes, telehealth,
                meetingLink, title, capacity, recurrence, hoursOverrideReason, null);
    }

    /** Whether it books on closure days anyway (an absent value means no). */
    public boolean onClosureDayRequested() {
        return Boolean.TRUE.equals(bookOnClosureDay);
    }

    /** The same request, booked on closure days anyway (or not). */
    public BookingRequest onClosureDay(boolean anyway) {
        return new BookingRequest(kind, coupleId, partnerId, therapistId, coTherapistId, roomId, start, end,
                durationMinutes, telehealth, meetingLink, title, capacity, recurrence, hoursOverrideReason, anyway);
    }

    /** Whether it is held online (an absent value means in person). */
    public boolean telehealthRequested() {
        return Boolean.TRUE.equals(telehealth);
    }

    /** A joint couple session of the usual length in a room. */
    public static BookingRequest joint(UUID coupleId, UUID therapistId, UUID roomId, LocalDateTime start) {
        return new BookingRequest(AppointmentKind.JOINT, coupleId, null, therapistId, null, roomId, start, null, null,
                false, null, null, null, null, null);
    }

    public BookingRequest withKind(AppointmentKind newKind) {
        return new BookingRequest(newKind, coupleId, partnerId, therapistId, coTherapistId, roomId, start, end,
                durationMinutes, telehealth, meetingLink, title, capacity, recurrence, hoursOverrideReason, bookOnClosureDay);
    }

    public BookingRequest withPartner(@Nullable UUID newPartnerId) {
        return new BookingRequest(kind, coupleId, newPartnerId, therapistId, coTherapistId, roomId, start, end,
                durationMinutes, telehealth, meetingLink, title, capacity, recurrence, hoursOverrideReason, bookOnClosureDay);
    }

    public BookingRequest withTimes(LocalDateTime newStart, @Nullable LocalDateTime newEnd) {
        return new BookingRequest(kind, coupleId, partnerId, therapistId, coTherapistId, roomId, newStart, newEnd,
                newEnd == null ? durationMinutes : null, telehealth, meetingLink, title, capacity, recurrence,
                hoursOverrideReason, bookOnClosureDay);
    }

    public BookingRequest withRecurrence(@Nullable Recurrence newRecurrence) {
        return new BookingRequest(kind, coupleId, partnerId, therapistId, coTherapistId, roomId, start, end,
                durationMinutes, telehealth, meetingLink, title, capacity, newRecurrence, hoursOverrideReason, bookOnClosureDay);
    }

    public BookingRequest withOverride(@Nullable String reason) {
        return new BookingRequest(kind, coupleId, partnerId, therapistId, coTherapistId, roomId, start, end,
                durationMinutes, telehealth, meetingLink, title, capacity, recurrence, reason, bookOnClosureDay);
    }

    /** The same session held online at this meeting link, with no room. */
    public BookingRequest online(String link) {
        return new BookingRequest(kind, coupleId, partnerId, therapistId, coTherapistId, null, start, end,
                durationMinutes, true, link, title, capacity, recurrence, hoursOverrideReason, bookOnClosureDay);
    }

    public BookingRequest withTherapists(UUID lead, @Nullable UUID co) {
        return new BookingRequest(kind, coupleId, partnerId, lead, co, roomId, start, end, durationMinutes, telehealth,
                meetingLink, title, capacity, recurrence, hoursOverrideReason, bookOnClosureDay);
    }

    public BookingRequest withRoom(@Nullable UUID newRoomId) {
        return new BookingRequest(kind, coupleId, partnerId, therapistId, coTherapistId, newRoomId, start, end,
                durationMinutes, false, null, title, capacity, recurrence, hoursOverrideReason, bookOnClosureDay);
    }

    /** A workshop of the usual length for {@code capacity} couples. */
    public static BookingRequest workshop(String title, int capacity, UUID therapistId, UUID roomId,
                                          LocalDateTime start, LocalDateTime end) {
        return new BookingRequest(AppointmentKind.WORKSHOP, null, null, therapistId, null, roomId, start, end, null,
                false, null, title, capacity, null, null);
    }
}
