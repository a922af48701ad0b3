package org.imagoclinic.clients.internal;

import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ScreeningHold;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking answers for the scheduling module. No role check and no audit: the answers carry no
 * clinical content, and scheduling's own services check who books (ADR 0012).
 */
@Service
class BookingEligibilityService implements BookingEligibility {

    private final CoupleRepository couples;
    private final EpisodeRepository episodes;

    BookingEligibilityService(CoupleRepository couples, EpisodeRepository episodes) {
        this.couples = couples;
        this.episodes = episodes;
    }

    @Override
    @Transactional(readOnly = true)
    public Answer jointSession(UUID coupleId, JointSessionPurpose purpose) {
        StoredCouple couple = existing(coupleId);
        Optional<Answer> held = screeningHold(couple, "joint sessions");
        if (held.isPresent()) {
            return held.get();
        }
        if (purpose == JointSessionPurpose.INTAKE) {
            return Answer.yes("An intake session can be booked.");
        }
        return episodeAllows(couple, "Joint sessions can be booked.");
    }

    @Override
    @Transactional(readOnly = true)
    public Answer individualSession(UUID coupleId, UUID personId) {
        StoredCouple couple = existing(coupleId);
        if (!couple.partnerA().personId().equals(personId) && !couple.partnerB().personId().equals(personId)) {
            throw new InvalidInputException("personId", "This person is not one of the partners of "
                    + couple.displayName() + ".");
        }
        if (couple.screeningStatus().hold() == ScreeningHold.REFERRED_OUT) {
            return Answer.no(Hold.REFERRED_OUT, "The couple has been referred to another service: no sessions are "
                    + "booked here.");
        }
        return episodeAllows(couple, "An individual session can be booked.");
    }

    @Override
    @Transactional(readOnly = true)
    public CoupleAtAGlance atAGlance(UUID coupleId) {
        StoredCouple couple = existing(coupleId);
        Optional<OpenEpisode> open = episodes.openOf(coupleId).map(episode -> new OpenEpisode(episode.id(),
                episode.status(), episode.openedOn(), episode.primaryTherapistId(), episode.coTherapistId()));
        return new CoupleAtAGlance(coupleId, couple.displayName(), glance(couple.partnerA()), glance(couple.partnerB()),
                open, couple.screeningStatus().hold());
    }

    @Override
    @Transactional(readOnly = true)
    public String displayName(UUID coupleId) {
        return existing(coupleId).displayName();
    }

    private static Optional<Answer> screeningHold(StoredCouple couple, String what) {
        return switch (couple.screeningStatus().hold()) {
            case NONE -> Optional.empty();
            case REVIEW_PENDING -> Optional.of(Answer.no(Hold.SCREENING_REVIEW, "No " + what + " for "
                    + couple.displayName() + " until their therapist has reviewed the intake screen and recorded a "
                    + "decision."));
            case INDIVIDUAL_WORK_FIRST -> Optional.of(Answer.no(Hold.INDIVIDUAL_WORK_FIRST, "The therapist decided on "
                    + "individual work first for " + couple.displayName() + ": book individual sessions for now."));
            case REFERRED_OUT -> Optional.of(Answer.no(Hold.REFERRED_OUT, couple.displayName() + " have been referred "
                    + "to another service: no " + what + " are booked here."));
        };
    }

    private Answer episodeAllows(StoredCouple couple, String yes) {
        Optional<Episode> open = episodes.openOf(couple.id());
        if (open.isEmpty()) {
            return Answer.no(Hold.NO_OPEN_EPISODE, couple.displayName() + " have no open episode of care: open one "
                    + "first (an intake session can be booked without one).");
        }
        if (open.get().status() == EpisodeStatus.PAUSED) {
            return Answer.no(Hold.EPISODE_PAUSED, "The episode of care of " + couple.displayName()
                    + " is paused: resume it first.");
        }
        return Answer.yes(yes);
    }

    private static PartnerAtAGlance glance(Partner partner) {
        return new PartnerAtAGlance(partner.personId(), partner.displayName());
    }

    private StoredCouple existing(UUID coupleId) {
        return couples.find(coupleId).orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
    }
}
