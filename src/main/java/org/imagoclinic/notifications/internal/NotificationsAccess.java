package org.imagoclinic.notifications.internal;

import org.imagoclinic.security.Roles;

/** Who may do what with messages (ADR 0033). */
final class NotificationsAccess {

    /** Front desk and administrators: the outbox and partners' message preferences. */
    static final String DESK = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.ADMIN + "')";

    /** Anyone who works at the clinic: reads the templates. */
    static final String STAFF = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '"
            + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')";

    static final String ADMINS = "hasRole('" + Roles.ADMIN + "')";

    private NotificationsAccess() {
    }
}
