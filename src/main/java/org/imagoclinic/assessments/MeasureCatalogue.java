package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome measures the clinic uses, as data; published norms entered by administrators, each set
 * kept with the day it is in force from (ADR 0061).
 */
public interface MeasureCatalogue {

    /** Every instrument, by code, with the norms in force today. */
    List<Instrument> instruments();

    /** One instrument by its code, e.g. "CSI-16", with the norms in force today. */
    Optional<Instrument> find(String code);

    /**
     * One instrument with the norms in force on {@code day}: the published set with the latest
     * effective date on or before it, else the newest set entered without a date, else the clinic's
     * own reference group (ADR 0032, as it stands today).
     */
    Optional<Instrument> find(String code, LocalDate day);

    /**
     * Enters published norms for reliable change, with their source and the day they are in force
     * from (none: from the start); earlier sets stay in the history and keep judging the days before.
     * Administrators only, audited.
     *
     * @throws org.imagoclinic.shared.InvalidInputException when the SD is not positive, the
     *         reliability not between 0 and 1, the source is missing or the day is implausible
     * @throws org.imagoclinic.shared.NotFoundException for an unknown code
     */
    Instrument updateNorms(String code, Norms norms);

    /**
     * Every set of published norms entered for the instrument, the latest effective date first (sets
     * without a date last; for one day, the one entered last first). Administrators only.
     *
     * @throws org.imagoclinic.shared.NotFoundException for an unknown code
     */
    List<PublishedNormsEntry> normsHistory(String code);

    /**
     * One set of published norms as it was entered.
     *
     * @param inForceToday whether these are the norms today's reports use
     * @param enteredBy the administrator's username
     */
    record PublishedNormsEntry(Norms norms, boolean inForceToday, Instant enteredAt, String enteredBy) {
    }
}
