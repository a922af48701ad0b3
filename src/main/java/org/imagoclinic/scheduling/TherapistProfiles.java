package org.imagoclinic.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The therapists the calendar knows, with names and colours, from the staff directory, which owns them. */
public interface TherapistProfiles {

    /** Therapists to choose from in the calendar, by name. */
    List<TherapistProfile> therapists();

    /** The profile of a staff id; never fails, an unknown id gets a neutral name and colour. */
    TherapistProfile of(UUID staffId);

    /** Why sessions can't be booked with this staff member (unknown, inactive, not a therapist); empty when they can. */
    Optional<String> whyNotBookable(UUID staffId);

    /**
     * Refuses an id that names no therapist or supervisor (current or former) of the clinic, for an
     * address such as {@code /api/therapists/{id}/time-off}.
     *
     * @throws org.imagoclinic.shared.NotFoundException when it names none
     */
    void requireTherapist(UUID staffId);
}
