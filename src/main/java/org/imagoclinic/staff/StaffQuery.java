package org.imagoclinic.staff;

import org.jspecify.annotations.Nullable;

/**
 * Which staff members to list.
 *
 * @param text words that must each start a first name, a last name or an email address, regardless
 *             of case ("hel oka" finds Dr Helen Okafor); null or blank for everyone
 * @param active true for active people only, false for inactive ones only, null for both
 */
public record StaffQuery(@Nullable String text, @Nullable Boolean active) {

    /** Everyone. */
    public static StaffQuery everyone() {
        return new StaffQuery(null, null);
    }
}
