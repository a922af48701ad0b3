package org.imagoclinic.scheduling.ui;

import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TherapistProfile;
import org.jspecify.annotations.Nullable;

/** Whose calendar is shown: the whole clinic, one therapist or one room. */
record CalendarScope(String label, @Nullable TherapistProfile therapist, @Nullable Room room) {

    static CalendarScope wholeClinic() {
        return new CalendarScope("Whole clinic", null, null);
    }

    static CalendarScope of(TherapistProfile therapist) {
        return new CalendarScope(therapist.name(), therapist, null);
    }

    static CalendarScope of(Room room) {
        return new CalendarScope(room.label(), null, room);
    }

    AppointmentQuery query(LocalDate from, LocalDate to) {
        return new AppointmentQuery(therapist == null ? null : therapist.staffId(), room == null ? null : room.id(), null,
                from, to, false);
    }

    /** What identifies this choice between pages: "clinic", "therapist:<id>" or "room:<id>". */
    String key() {
        return therapist != null ? "therapist:" + therapist.staffId() : room != null ? "room:" + room.id() : "clinic";
    }

    @Nullable UUID therapistId() {
        return therapist == null ? null : therapist.staffId();
    }
}
