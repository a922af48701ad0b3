package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Measures a partner answers at home in the partners' portal, with the same form, checks and scoring
 * as in the clinic; the administration is recorded as answered at home ({@link AdministrationSource#HOME})
 * and publishes {@link MeasureCompleted} like any other. Only a partner signed in to the portal may call
 * it; the portal passes that partner's own couple and person, never anyone else's. A partner sees what is
 * due for them, never the other partner's answers or scores.
 */
public interface MeasuresAtHome {

    /** The instrument a partner answers at home whenever a measure falls due. */
    String INSTRUMENT = "CSI-16";

    /**
     * A measure due for this partner, not yet answered by them.
     *
     * @param description e.g. "Review after 4 joint sessions"
     */
    record DueAtHome(UUID dueId, String description, LocalDate dueFrom, Instrument instrument) {
    }

    /** The measures due in the couple's open episode that this partner has not answered since they fell due, oldest first. */
    List<DueAtHome> dueFor(UUID coupleId, UUID personId);

    /**
     * Scores and keeps the partner's answers to the oldest measure due for them.
     *
     * @param answeredBy the partner's name, kept as who entered the form
     * @param answers one per item, as {@link AdministrationRequest#answers()}
     * @throws org.imagoclinic.shared.InvalidInputException naming each missing or impossible answer; nothing is kept
     * @throws org.imagoclinic.shared.ConflictException when no measure is due for this partner
     */
    Administration answer(UUID coupleId, UUID personId, String answeredBy, List<@Nullable Integer> answers);

    /** One of a partner's own totals on {@link #INSTRUMENT}, and whether it lies on the worse side of the cut-off. */
    record OwnScore(LocalDate on, int score, boolean clinicalRange) {
    }

    /** A partner's own totals over time, oldest first, with the instrument (its range, direction and cut-off). */
    record OwnTrend(Instrument instrument, List<OwnScore> scores) {
    }

    /**
     * This partner's own totals on {@link #INSTRUMENT}, however answered (clinic, tablet, home), oldest
     * first; never the other partner's. The portal shows them only where the therapist shares them.
     */
    OwnTrend ownTrend(UUID coupleId, UUID personId);
}
