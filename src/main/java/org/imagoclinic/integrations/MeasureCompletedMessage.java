package org.imagoclinic.integrations;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Topic {@value #TOPIC}, key the administration's id: a partner completed an outcome measure. Which
 * measure and when, not the score nor the answers: those are clinical data, read through the API,
 * which checks the care team and audits every read.
 *
 * @param version {@value #VERSION}; raised only when a field changes meaning or goes away
 * @param administrationId the administration's id in the clinic
 * @param coupleId the partner's couple
 * @param partnerId the partner who answered
 * @param episodeId the couple's episode of care it belongs to, if one was open
 * @param instrument the instrument's code, e.g. CSI-16
 * @param administeredOn the day it was answered, in the clinic's time zone
 */
public record MeasureCompletedMessage(int version, UUID administrationId, UUID coupleId, UUID partnerId,
                                      @Nullable UUID episodeId, String instrument, LocalDate administeredOn) {

    public static final String TOPIC = "imago.measures.completed";
    public static final int VERSION = 1;
}
