package org.imagoclinic.assessments;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Norms for reliable change from the clinic's own reference group (ADR 0032), kept current as
 * baselines arrive (never computed per page view), with their dated history; an administrator can
 * freeze an instrument's figures so that new baselines no longer replace them. Published norms an
 * administrator enters in the {@link MeasureCatalogue} always win over these. Administrators only;
 * freezing and unfreezing are audited.
 */
public interface ClinicSampleNorms {

    /**
     * An instrument's clinic figures: those in force and every dated set before them.
     *
     * @throws org.imagoclinic.shared.NotFoundException for an unknown code
     */
    History history(String code);

    /**
     * Keeps the current figures in use until {@link #unfreeze}; new baselines no longer change them.
     *
     * @throws org.imagoclinic.shared.BusinessRuleException when there are no usable figures to freeze
     *         (say, fewer than 30 baselines)
     */
    History freeze(String code);

    /** Lets new baselines change the figures again, and brings them up to date at once. */
    History unfreeze(String code);

    /**
     * Brings the figures up to date from the stored baselines, unless frozen. Recording an
     * administration does this by itself; bulk writes without events (the scale generator) call it
     * once they are done. Needs no role: it only recomputes what the stored forms give.
     */
    void refresh(String code);

    /**
     * One instrument's clinic figures.
     *
     * @param current the figures in force (the frozen ones, else the latest); null before any were computed
     * @param publishedNormsWin whether published norms are entered, which are used instead
     * @param history every dated set of figures, newest first (the most recent 100)
     */
    record History(String instrumentCode, @Nullable ClinicFigures current, boolean frozen, boolean publishedNormsWin,
                   List<ClinicFigures> history) {
    }
}
