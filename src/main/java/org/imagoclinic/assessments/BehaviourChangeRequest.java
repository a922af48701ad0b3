package org.imagoclinic.assessments;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A behaviour change request (BCR): the asking partner names a frustration, the feeling, the desire
 * hidden in it (often a childhood need), and exactly three requests that are positive, specific,
 * measurable, doable and time-limited; the other partner chooses one to give as a gift.
 *
 * @param askingPartnerId the partner (person id) who asks; the record belongs to them
 * @param childhoodLink the childhood need behind the desire, if the partner found one
 * @param requests exactly three
 * @param chosen which request (1, 2 or 3) the partner chose to give; null until they choose
 * @param endsOn the time limit: the last day the chosen request is to be given; null when none was set
 * @param followUpEveryDays how often the therapist follows the gift up until {@code endsOn} (1 to
 *                          {@value #MAX_FOLLOW_UP_DAYS} days); null for one follow-up on {@code endsOn}
 */
public record BehaviourChangeRequest(UUID askingPartnerId, String frustration, String feeling, String desire,
                                     @Nullable String childhoodLink, List<Request> requests, @Nullable Integer chosen,
                                     @Nullable LocalDate endsOn, @Nullable Integer followUpEveryDays)
        implements ImagoContent {

    /** The longest time between two follow-ups. */
    public static final int MAX_FOLLOW_UP_DAYS = 90;

    /** How many requests a BCR has. */
    public static final int REQUESTS = 3;

    /** The hint shown next to a negatively phrased request. */
    public static final String NEGATIVE_HINT = "This asks your partner to stop something. Say what you want "
            + "instead, e.g. \"Three evenings a week for the next month, ask me how my day went.\"";

    private static final Pattern NEGATIVE = Pattern.compile(
            "^(please\\s+|i(\\s+(want|need|would\\s+like)|'d\\s+like)\\s+you\\s+to\\s+|(could|can|would|will)\\s+you\\s+)?"
                    + "(stop|quit|don'?t|do\\s+not|never|no\\s+more|no\\s+longer|not|cease|avoid|refrain|can'?t|cannot"
                    + "|won'?t|shouldn'?t)\\b");

    public BehaviourChangeRequest {
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    /** A request without a time limit or follow-up schedule. */
    public BehaviourChangeRequest(UUID askingPartnerId, String frustration, String feeling, String desire,
                                  @Nullable String childhoodLink, List<Request> requests, @Nullable Integer chosen) {
        this(askingPartnerId, frustration, feeling, desire, childhoodLink, requests, chosen, null, null);
    }

    /** The same request with the partner's choice. */
    public BehaviourChangeRequest choosing(int request) {
        return new BehaviourChangeRequest(askingPartnerId, frustration, feeling, desire, childhoodLink, requests, request,
                endsOn, followUpEveryDays);
    }

    /**
     * The next follow-up the schedule asks for: every {@code followUpEveryDays} from the day the request
     * was made, and once on {@code endsOn}; the first such day after the latest follow-up. Empty without a
     * time limit, before a request was chosen, or once the follow-up on {@code endsOn} (or later) is recorded.
     */
    public Optional<LocalDate> nextFollowUp(LocalDate madeOn, @Nullable LocalDate lastFollowedUpOn) {
        if (endsOn == null || chosen == null) {
            return Optional.empty();
        }
        LocalDate after = lastFollowedUpOn == null ? madeOn : lastFollowedUpOn;
        if (!after.isBefore(endsOn)) {
            return Optional.empty();
        }
        if (followUpEveryDays != null && followUpEveryDays > 0) {
            long periods = ChronoUnit.DAYS.between(madeOn, after) / followUpEveryDays + 1;
            LocalDate next = madeOn.plusDays(periods * followUpEveryDays);
            if (next.isBefore(endsOn)) {
                return Optional.of(next);
            }
        }
        return Optional.of(endsOn);
    }

    /**
     * One request.
     *
     * @param importance how much it matters to the asking partner, 1–5, if rated
     * @param difficulty how hard it is for the giver, 1–5, if rated
     * @param keepPhrasing the therapist keeps a negatively phrased request as it is
     */
    public record Request(String text, @Nullable Integer importance, @Nullable Integer difficulty,
                          @JsonSetter(nulls = Nulls.AS_EMPTY) boolean keepPhrasing) {

        /** Whether it asks the partner to stop something rather than naming what is wanted. */
        public boolean negativelyPhrased() {
            return BehaviourChangeRequest.negativelyPhrased(text);
        }
    }

    /**
     * Whether a request is phrased negatively: starting with "stop", "don't", "never", "no more" and
     * the like (after an optional "please" or "I'd like you to").
     */
    public static boolean negativelyPhrased(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String normal = text.trim().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        return NEGATIVE.matcher(normal).find();
    }

    /** The request the partner chose to give, if they chose. */
    public @Nullable Request chosenRequest() {
        return chosen == null || chosen < 1 || chosen > requests.size() ? null : requests.get(chosen - 1);
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST;
    }

    @Override
    public String summary() {
        Request gift = chosenRequest();
        return "Behaviour change request: " + frustration + (gift == null ? "" : " (chosen: " + gift.text() + ")");
    }
}
