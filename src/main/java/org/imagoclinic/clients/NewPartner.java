package org.imagoclinic.clients;

import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A partner of a couple being registered: a new person, or a person the clinic already knows.
 *
 * <p>When someone comes back with a new partner, the new couple links the existing person instead
 * of duplicating them. If {@code details} match a known person (same date of birth, and the same
 * name or email address) registration stops with {@link PossibleDuplicatePerson}, listing the
 * matches; the caller then either links one ({@code existingPersonId}) or confirms that this is
 * someone else ({@code confirmedNewPerson}).
 *
 * @param existingPersonId the known person to link; their details are brought up to date with {@code details}
 * @param details who the partner is
 * @param confirmedNewPerson the caller has seen the matches and says this is a different person; false when left out
 */
public record NewPartner(@Nullable UUID existingPersonId, PartnerDetails details,
                         @JsonSetter(nulls = Nulls.AS_EMPTY) boolean confirmedNewPerson) {

    /** A partner the clinic does not know yet. */
    public static NewPartner of(PartnerDetails details) {
        return new NewPartner(null, details, false);
    }

    /** A person the clinic knows, with details brought up to date. */
    public static NewPartner existing(UUID personId, PartnerDetails details) {
        return new NewPartner(personId, details, false);
    }

    /** The same details, confirmed to be a different person from any match. */
    public NewPartner confirmedAsNewPerson() {
        return new NewPartner(null, details, true);
    }
}
