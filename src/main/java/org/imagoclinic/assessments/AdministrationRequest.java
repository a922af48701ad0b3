package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One partner's completed form, as a therapist enters it (the REST body of
 * {@code POST /api/couples/{coupleId}/measures}).
 *
 * @param instrument the instrument's code, e.g. "CSI-16"
 * @param partnerId the partner (person id) who answered; must be one of the couple's two partners
 * @param administeredOn the day the partner answered; today when null, never in the future
 * @param answers one per item in item order: the position of the chosen option as printed on the
 *                form, counted from 0 (for CSI-16 item 2 "All the time" is 0). A null is a missing answer
 */
public record AdministrationRequest(@Nullable String instrument, @Nullable UUID partnerId,
                                    @Nullable LocalDate administeredOn, @Nullable List<@Nullable Integer> answers) {
}
