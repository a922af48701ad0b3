package org.imagoclinic.staff;

import org.jspecify.annotations.Nullable;

/**
 * A staff member as saved.
 *
 * @param newSignIn the sign-in account created by this save, with its one-time password to show
 *                  once; null when no account was created (or it was created with a known password)
 */
public record SavedStaffMember(StaffMember member, @Nullable NewSignIn newSignIn) {
}
