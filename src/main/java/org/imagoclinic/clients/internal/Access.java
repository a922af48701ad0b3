package org.imagoclinic.clients.internal;

import org.imagoclinic.security.Roles;

/** The role expressions of the module's services (ADR 0012); the care-team rule comes on top. */
final class Access {

    /** Anyone who works at the clinic. */
    static final String ANY_ROLE = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '"
            + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')";

    /** Who registers couples and keeps their details: everyone but administrators acting as such. */
    static final String REGISTRARS = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '"
            + Roles.SUPERVISOR + "')";

    /**
     * Who may assign an episode's therapists, by role; a supervisor only for a couple whose care team
     * they are on (ADR 0028, checked by {@code ClinicalAccess.requireCareTeamAssignment}).
     */
    static final String ASSIGNERS = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.SUPERVISOR + "', '"
            + Roles.ADMIN + "')";

    /** Who makes clinical decisions about an episode, on the couple's care team. */
    static final String CLINICIANS = "hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')";

    static final String COUPLE = "Couple";
    static final String PERSON = "Person";
    static final String INTAKE = "Intake";
    static final String CONSENT = "Consent";
    static final String SCREEN = "Screen";
    static final String DECISION = "ScreeningDecision";
    static final String EPISODE = "Episode";

    private Access() {
    }
}
