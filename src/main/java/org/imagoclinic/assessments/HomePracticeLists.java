package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;

/**
 * What a partner can give at home, from the couple's Imago work, for the partners' portal (which has no
 * clinician signed in and checks itself which partner asks): the caring behaviours the other partner
 * listed, and the requests of the other partner's behaviour change requests that this partner chose to
 * give. Nothing else of the record: no frustrations, feelings or childhood links.
 */
public interface HomePracticeLists {

    /** The caring behaviours the giver's partner listed (now, in the past, never asked for), most important first. */
    List<String> caringBehavioursToGive(UUID coupleId, UUID giverPersonId);

    /** The requests the giver chose to give as a gift, newest first. */
    List<String> giftsToGive(UUID coupleId, UUID giverPersonId);
}
