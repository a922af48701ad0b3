package org.imagoclinic.clients;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the couples list; a null filter does not restrict.
 *
 * @param name part of any partner's first, preferred or last name, regardless of case
 * @param therapistId couples whose open episode has this primary or co-therapist
 * @param careStatus the status of the newest episode
 * @param screeningHold what the screen means for booking
 * @param flag couples whose screen under review or newest screen carries this current flag. Clinical:
 *             only therapists and supervisors may use it, and it finds only couples on their own care
 *             teams and their supervisees'; every couple it shows is audited
 */
public record CoupleQuery(@Nullable String name, @Nullable UUID therapistId, @Nullable CareStatus careStatus,
                          @Nullable ScreeningHold screeningHold, @Nullable ScreeningFlag flag) {

    /** Every couple. */
    public static CoupleQuery all() {
        return new CoupleQuery(null, null, null, null, null);
    }

    /** Couples with a partner of this name. */
    public static CoupleQuery byName(String name) {
        return new CoupleQuery(name, null, null, null, null);
    }
}
