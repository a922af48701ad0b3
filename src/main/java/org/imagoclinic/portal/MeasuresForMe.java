package org.imagoclinic.portal;

import java.util.List;
import org.imagoclinic.assessments.MeasuresAtHome.DueAtHome;
import org.jspecify.annotations.Nullable;

/**
 * The measures due for the signed-in partner, answered at home with the clinic's own form and scoring and
 * recorded as answered at home. The partner sees what is due, never a score or the other partner's answers.
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
}
