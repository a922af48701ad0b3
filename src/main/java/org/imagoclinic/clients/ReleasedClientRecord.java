package org.imagoclinic.clients;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The clients module's part of a released record ({@link ClientRecordRelease}).
 *
 * @param coupleDisplayName e.g. "Smith &amp; Jones"
 * @param partnerNames both partners' names as shown on screens, A first (names only, never contacts)
 * @param partner the partner whose copy this is, with their contacts; null in the couple's joint copy
 * @param consents that partner's consents, newest first; empty in the joint copy
 * @param episodes every episode of care, newest first
 * @param intake the intake details (a joint record); null when none was recorded
 * @param ownScreens that partner's own screens, newest first; empty in the joint copy
 * @param screensForTheCoupleLeftOut how many screens recorded for the couple as one form were left out
 */
public record ReleasedClientRecord(UUID coupleId, String coupleDisplayName, List<String> partnerNames,
                                   @Nullable Partner partner, Relationship relationship, List<Consent> consents,
                                   List<Episode> episodes, @Nullable IntakeDetails intake, List<Screen> ownScreens,
                                   int screensForTheCoupleLeftOut) {
}
