package org.imagoclinic.assessments;

import java.util.List;
import java.util.Optional;

/** The outcome measures the clinic uses, as data; norms editable by administrators. */
public interface MeasureCatalogue {

    /** Every instrument, by code. */
    List<Instrument> instruments();

    /** One instrument by its code, e.g. "CSI-16". */
    Optional<Instrument> find(String code);

    /**
     * Sets the norms for reliable change, with their published source; administrators only,
     * audited.
     *
     * @throws org.imagoclinic.shared.InvalidInputException when the SD is not positive, the
     *         reliability not between 0 and 1, or the source is missing
     * @throws org.imagoclinic.shared.NotFoundException for an unknown code
     */
    Instrument updateNorms(String code, Norms norms);
}
