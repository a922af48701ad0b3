package org.imagoclinic.scheduling.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility.CoupleAtAGlance;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.SkippedDay;
import org.imagoclinic.scheduling.Recurrence;
import org.imagoclinic.scheduling.Room;
import org.jspecify.annotations.Nullable;

/**
 * A booking request once its input is valid and its couple and room are known: what will be held,
 * and when (one slot, or one per session of a series).
 *
 * @param personNames the names of the people it holds, by person id, for clash messages
 * @param couple the couple as read once for the whole booking (its rules are asked of it); null for a workshop
 * @param therapistNames the therapists' names as read once with their bookability, for messages
 * @param skipped the days a series leaves out because the clinic is closed
 * @param closure the closure a single session falls on (booked only when asked to book it anyway)
 */
record BookingPlan(AppointmentKind kind, @Nullable UUID coupleId, String coupleName, @Nullable UUID partnerId,
                   @Nullable UUID episodeId, UUID therapistId, @Nullable UUID coTherapistId, @Nullable Room room,
                   boolean telehealth, @Nullable String meetingLink, @Nullable String title, @Nullable Integer capacity,
                   List<Slot> slots, @Nullable Recurrence recurrence, @Nullable String overrideReason,
                   List<UUID> personIds, Map<UUID, String> personNames, @Nullable CoupleAtAGlance couple,
                   Map<UUID, String> therapistNames, List<SkippedDay> skipped, @Nullable ClosureDay closure) {

    /** One session's time on the clinic's wall clock. */
    record Slot(LocalDateTime start, LocalDateTime end) {
    }

    List<UUID> therapistIds() {
        return coTherapistId == null ? List.of(therapistId) : List.of(therapistId, coTherapistId);
    }

    /** What each session holds: the therapists, the room, the people (sorted when inserted). */
    List<Hold> holds() {
        List<Hold> holds = new ArrayList<>();
        therapistIds().forEach(id -> holds.add(Hold.therapist(id)));
        if (room != null) {
            holds.add(Hold.room(room.id()));
        }
        personIds.forEach(person -> holds.add(Hold.person(person, coupleId)));
        return holds;
    }

    /** How many people the room must hold: the clients (two per couple of a workshop) and the therapists. */
    int people() {
        int clients = switch (kind.attendance()) {
            case COUPLE -> 2;
            case PARTNER -> 1;
            case GROUP -> capacity == null ? 0 : capacity * 2;
        };
        return clients + therapistIds().size();
    }
}
