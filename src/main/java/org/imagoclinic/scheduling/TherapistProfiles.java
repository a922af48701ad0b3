package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * The therapists the calendar knows, with names and colours. The staff directory owns these facts;
 * until the staff module is in this branch, an interim implementation stands in (ADR 0011).
 */
public interface TherapistProfiles {

    /** Therapists to choose from in the calendar, by name. */
    List<TherapistProfile> therapists();

    /** The profile of a staff id; never fails, an unknown id gets a neutral name and colour. */
    TherapistProfile of(UUID staffId);
}
