package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a couple's retention period is counted from (ADR 0049).
 *
 * @param displayName        e.g. "Smith &amp; Jones", for the administrator's disposal list
 * @param registeredOn       the day the couple was registered (the start of an enquiry that never became an episode)
 * @param episodeOpen        whether an episode of care is open (intake, active or paused): then nothing is disposed of
 * @param anyEpisode         whether the couple ever had an episode of care: then a clinical record exists
 * @param lastEpisodeClosedOn the day the latest episode closed; null while one is open or there never was one
 * @param partnerIds         the partners (persons), A then B
 * @param partnersBornOn     each partner's date of birth (A, then B), for records kept longer for minors
 */
public record RetentionFacts(UUID coupleId, String displayName, LocalDate registeredOn, boolean episodeOpen,
                             boolean anyEpisode, @Nullable LocalDate lastEpisodeClosedOn, List<UUID> partnerIds,
                             List<LocalDate> partnersBornOn) {
}
