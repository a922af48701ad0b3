package org.imagoclinic.clients;

import java.util.List;
import org.imagoclinic.shared.ConflictException;

/**
 * Registration stopped because a new partner looks like a person the clinic already knows. Link
 * one of the {@link #matches()} ({@link NewPartner#existing}) or confirm that this is a different
 * person ({@link NewPartner#confirmedAsNewPerson()}) and register again. The REST API answers 409
 * with the matches.
 */
public class PossibleDuplicatePerson extends ConflictException {

    private final PartnerSlot partner;
    private final transient List<PersonMatch> matches;

    public PossibleDuplicatePerson(PartnerSlot partner, List<PersonMatch> matches) {
        super("Partner " + partner + " may be someone the clinic already knows. Link the existing person, "
                + "or confirm that this is a different person.");
        this.partner = partner;
        this.matches = List.copyOf(matches);
    }

    /** Which partner of the registration. */
    public PartnerSlot partner() {
        return partner;
    }

    /** The known people who may be this partner, best match first. */
    public List<PersonMatch> matches() {
        return matches;
    }
}
