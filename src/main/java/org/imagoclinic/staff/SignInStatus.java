package org.imagoclinic.staff;

/**
 * The state of a staff member's sign-in account, for administrators.
 *
 * @param enabled false once the person was deactivated
 * @param locked whether too many failed sign-ins locked the user name for now
 */
public record SignInStatus(String username, boolean enabled, boolean locked) {
}
