package org.imagoclinic.clients;

import java.util.UUID;

/**
 * The safety screen a partner answers alone, at home, in the partners' portal: the same questions the
 * clinic asks (intimate-partner violence, coercive control, an affair, substance dependence, an acute
 * crisis) and the same rules. The answers become that partner's screen, for the care team only; any
 * current concern holds the couple for a clinician's decision exactly as a screen recorded in the clinic
 * does ({@link ScreeningFlagRaised}).
 *
 * <p>Only a partner signed in to the portal may call it; the portal passes that partner's own couple and
 * person, never anyone else's, and never shows the answers back.
 */
public interface ScreensAtHome {

    /**
     * Records the partner's answers as their screen, dated today and marked as answered at home.
     * The {@code screenedOn} and {@code partner} of the answers are ignored: the day is today and the
     * partner is {@code personId}.
     *
     * @param answeredBy the partner's name as the care team will see it next to the screen
     * @throws org.imagoclinic.shared.InvalidInputException naming each unanswered question; nothing is kept
     */
    Screen answer(UUID coupleId, UUID personId, String answeredBy, NewScreen answers);
}
