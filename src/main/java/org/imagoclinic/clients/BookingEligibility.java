package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What the scheduling module asks before it books a couple, and what its calendar shows. The
 * answers carry no clinical content (a hold says that joint sessions wait for the therapist, never
 * why), so any signed-in caller and background task may ask; the caller checks access to its own
 * records. Every method throws {@link org.imagoclinic.shared.NotFoundException} for an unknown couple.
 */
public interface BookingEligibility {

    /**
     * Whether a joint session (joint couple session, intensive, workshop place) may be booked now.
     * Refused while the couple is in screening review or after a decision other than joint work; a
     * treatment session also needs an open, not paused, episode of care. An intake session needs no
     * episode.
     */
    Answer jointSession(UUID coupleId, JointSessionPurpose purpose);

    /**
     * Whether an individual session for one partner may be booked now: needs an open, not paused,
     * episode, and is not held by screening review (individual work may be what the review decides).
     *
     * @throws org.imagoclinic.shared.InvalidInputException when the person is not one of the couple's partners
     */
    Answer individualSession(UUID coupleId, UUID personId);

    /** The couple as the calendar needs it: display name, partners, open episode and its therapists. */
    CoupleAtAGlance atAGlance(UUID coupleId);

    /** A short name for the couple with no clinical content, e.g. "Smith &amp; Jones" or "Alex &amp; Sam Smith". */
    String displayName(UUID coupleId);

    /**
     * {@link #displayName(UUID)} of many couples at once (a calendar's week), in one statement;
     * couples no longer on record are left out of the map.
     */
    Map<UUID, String> displayNames(Collection<UUID> coupleIds);

    /** Why a joint session is being booked. */
    enum JointSessionPurpose {
        /** The first, intake session: may be booked before an episode of care is open. */
        INTAKE,
        /** Any other joint work: needs an open episode. */
        TREATMENT
    }

    /** Why a booking is refused; {@link #NONE} when it is not. */
    enum Hold {
        NONE,
        NOT_SCREENED,
        SCREENING_REVIEW,
        INDIVIDUAL_WORK_FIRST,
        REFERRED_OUT,
        NO_OPEN_EPISODE,
        EPISODE_PAUSED
    }

    /**
     * The answer, with the reason in plain words to show to whoever books.
     *
     * @param hold {@link Hold#NONE} when allowed
     */
    record Answer(boolean allowed, Hold hold, String reason) {

        public static Answer yes(String reason) {
            return new Answer(true, Hold.NONE, reason);
        }

        public static Answer no(Hold hold, String reason) {
            return new Answer(false, hold, reason);
        }
    }

    /** A partner as the calendar shows them: a person id and a name (preferred and last). */
    record PartnerAtAGlance(UUID personId, String displayName) {
    }

    /**
     * The open episode of care.
     *
     * @param primaryTherapistId null until assigned
     * @param coTherapistId null when there is none
     */
    record OpenEpisode(UUID episodeId, EpisodeStatus status, LocalDate openedOn, @Nullable UUID primaryTherapistId,
                       @Nullable UUID coTherapistId) {

        /** The staff ids of the episode's therapists (none, one or two). */
        public Set<UUID> therapistIds() {
            Set<UUID> ids = new LinkedHashSet<>();
            if (primaryTherapistId != null) {
                ids.add(primaryTherapistId);
            }
            if (coTherapistId != null) {
                ids.add(coTherapistId);
            }
            return ids;
        }
    }

    /**
     * A couple for the calendar, with what the booking rules need: a caller that has read it once
     * asks it, rather than this interface, whether a session may be booked, and reads nothing again.
     *
     * @param openEpisode empty when no episode of care is open
     * @param withoutTreatmentConsent the partners with no treatment consent in force (never given, or withdrawn)
     */
    record CoupleAtAGlance(UUID coupleId, String displayName, PartnerAtAGlance partnerA, PartnerAtAGlance partnerB,
                           Optional<OpenEpisode> openEpisode, ScreeningHold screeningHold,
                           List<PartnerAtAGlance> withoutTreatmentConsent) {

        /** What to tell whoever books when a partner has no treatment consent in force; empty when both have. */
        public Optional<String> treatmentConsentWarning() {
            if (withoutTreatmentConsent.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("No treatment consent is recorded for " + String.join(" or ",
                    withoutTreatmentConsent.stream().map(PartnerAtAGlance::displayName).toList())
                    + ": record it on the couple's Consents tab before treatment begins.");
        }

        /** Both partners' person ids, A first. */
        public List<UUID> partnerIds() {
            return List.of(partnerA.personId(), partnerB.personId());
        }

        /** The answer {@link BookingEligibility#jointSession} gives for this couple as read. */
        public Answer jointSession(JointSessionPurpose purpose) {
            if (screeningHold == ScreeningHold.NOT_SCREENED) {
                if (purpose == JointSessionPurpose.INTAKE) {
                    return Answer.yes("An intake session can be booked.");
                }
                // without an episode there is no care team to screen them: say that first
                Answer episode = episodeAllows("");
                if (!episode.allowed()) {
                    return episode;
                }
            }
            Optional<Answer> held = heldByScreening("joint sessions");
            if (held.isPresent()) {
                return held.get();
            }
            if (purpose == JointSessionPurpose.INTAKE) {
                return Answer.yes("An intake session can be booked.");
            }
            return episodeAllows("Joint sessions can be booked.");
        }

        /**
         * The answer {@link BookingEligibility#individualSession} gives for this couple as read.
         *
         * @throws InvalidInputException when the person is not one of the couple's partners
         */
        public Answer individualSession(UUID personId) {
            if (!partnerIds().contains(personId)) {
                throw new InvalidInputException("personId", "This person is not one of the partners of "
                        + displayName + ".");
            }
            if (screeningHold == ScreeningHold.REFERRED_OUT) {
                return Answer.no(Hold.REFERRED_OUT, "The couple has been referred to another service: no sessions are "
                        + "booked here.");
            }
            return episodeAllows("An individual session can be booked.");
        }

        private Optional<Answer> heldByScreening(String what) {
            return switch (screeningHold) {
                case NONE -> Optional.empty();
                case NOT_SCREENED -> Optional.of(Answer.no(Hold.NOT_SCREENED, "No " + what + " for " + displayName
                        + " until their therapist has screened both partners, each on their own."));
                case REVIEW_PENDING -> Optional.of(Answer.no(Hold.SCREENING_REVIEW, "No " + what + " for "
                        + displayName + " until their therapist has reviewed the intake screen and recorded a "
                        + "decision."));
                case INDIVIDUAL_WORK_FIRST -> Optional.of(Answer.no(Hold.INDIVIDUAL_WORK_FIRST, "The therapist decided "
                        + "on individual work first for " + displayName + ": book individual sessions for now."));
                case REFERRED_OUT -> Optional.of(Answer.no(Hold.REFERRED_OUT, displayName + " have been referred "
                        + "to another service: no " + what + " are booked here."));
            };
        }

        private Answer episodeAllows(String yes) {
            if (openEpisode.isEmpty()) {
                return Answer.no(Hold.NO_OPEN_EPISODE, displayName + " have no open episode of care: open one "
                        + "first (an intake session can be booked without one).");
            }
            if (openEpisode.get().status() == EpisodeStatus.PAUSED) {
                return Answer.no(Hold.EPISODE_PAUSED, "The episode of care of " + displayName
                        + " is paused: resume it first.");
            }
            return Answer.yes(yes);
        }
    }
}
