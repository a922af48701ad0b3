package org.imagoclinic.portal;

import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.MeasuresAtHome.DueAtHome;
import org.imagoclinic.assessments.MeasuresAtHome.OwnTrend;
import org.jspecify.annotations.Nullable;

/**
 * The measures due for the signed-in partner, answered at home with the clinic's own form and scoring and
 * recorded as answered at home. The partner sees what is due and no score, except their own scores over time
 * where their therapist shares them; never the other partner's answers or scores.
 */
public interface MeasuresForMe {

    /** What is due for the signed-in partner, oldest first; empty when nothing is. */
    List<DueAtHome> due();

    /**
     * Sends the answers to the measure due.
     *
     * @throws org.imagoclinic.shared.InvalidInputException naming each missing item ({@code answers[3]}); nothing is kept
     * @throws org.imagoclinic.shared.ConflictException when nothing is due
     */
    void answer(List<@Nullable Integer> answers);

    /**
     * The signed-in partner's own scores over time, only while their therapist shares them
     * ({@link TrendSharing}); empty otherwise. Never the other partner's.
     */
    Optional<OwnTrend> myTrend();
}
