package org.imagoclinic.scheduling.internal;

import java.util.UUID;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.springframework.stereotype.Component;

/** Therapists' names for messages, from whichever {@link TherapistProfiles} is in force. */
@Component
class TherapistProfilesLookup {

    private final TherapistProfiles profiles;

    TherapistProfilesLookup(TherapistProfiles profiles) {
        this.profiles = profiles;
    }

    String nameOf(UUID staffId) {
        return profiles.of(staffId).name();
    }

    /** Whether sessions can still be given to this staff member: an active clinician. */
    boolean worksHere(UUID staffId) {
        return profiles.whyNotBookable(staffId).isEmpty();
    }

    /** See {@link TherapistProfiles#requireTherapist(UUID)}. */
    void requireTherapist(UUID staffId) {
        profiles.requireTherapist(staffId);
    }
}
