package org.imagoclinic.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinic's clinicians (staff with the THERAPIST or SUPERVISOR role) as the other modules need
 * them: the one list every therapist picker offers, the one rule for who may be given couples and
 * sessions, and the one name shown for a staff id. Needs no sign-in: it tells names and colours,
 * never contact details, and event listeners ask it too.
 */
public interface Clinicians {

    /** The clinicians who work at the clinic today, by last name and then first name. */
    List<Clinician> active();

    /** The supervisors who work at the clinic today, by last name and then first name. */
    List<Clinician> activeSupervisors();

    /** The clinician with this id, active or not; empty for an unknown id or someone without a clinical role. */
    Optional<Clinician> find(UUID staffId);

    /**
     * Why couples and sessions cannot be given to this staff member, in plain words ("Dr Ann Lee no
     * longer works at the clinic."), or empty when they can: an active clinician.
     */
    Optional<String> whyNotAssignable(UUID staffId);

    /** How a superbill names this clinician (credentials, licence, NPI); empty for an unknown id or a non-clinician. */
    Optional<ProviderIdentity> providerIdentity(UUID staffId);

    /** The name the clinic shows for a staff id: the person's, or "Staff member 1a2b3c4d" for an id it does not know. */
    String nameOf(UUID staffId);
}
