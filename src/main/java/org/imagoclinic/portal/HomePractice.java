package org.imagoclinic.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.portal.PracticeEntry.GiftKept;
import org.imagoclinic.portal.PracticeEntry.TemperatureReadingParts;
import org.jspecify.annotations.Nullable;

/**
 * Home practice logs. A partner signed in to the portal logs their own, for today or the last
 * {@value #DAYS_BACK} days, and reads only their own; the couple's therapist reads both partners' by
 * week (audited). Bad input is refused whole, with a message per field; nothing is half saved.
 */
public interface HomePractice {

    /** How many days back a partner may still log. */
    int DAYS_BACK = 7;

    /**
     * How many days without a log mean a partner stopped practising, unless the clinic sets
     * {@code imago.portal.stopped-practising-after-days}.
     */
    int DEFAULT_QUIET_DAYS = 7;

    /**
     * A partner with a portal account in use who has logged nothing for the set number of days or more.
     *
     * @param lastDay the last day they logged; null when they never did
     * @param days how many days since then (since the invitation when they never logged)
     */
    record StoppedPractising(UUID personId, @Nullable LocalDate lastDay, int days) {
    }

    /** What the signed-in partner can give: their partner's caring behaviours and the gifts they chose. */
    record Choices(List<String> caringBehaviours, List<String> gifts) {
    }

    Choices choices();

    PracticeEntry logTemperatureReading(LocalDate day, TemperatureReadingParts parts);

    /** Caring behaviours given that day, each from the list in {@link #choices()}. */
    List<PracticeEntry> logCaringBehaviours(LocalDate day, List<String> given);

    PracticeEntry logAppreciation(LocalDate day, String appreciation);

    /** The request given as a gift (one of {@link Choices#gifts()}), kept or partly kept. */
    PracticeEntry logGift(LocalDate day, String request, GiftKept kept);

    /** Minutes of dialogue practice, 1 to 600. */
    PracticeEntry logDialogue(LocalDate day, int minutes);

    /** The signed-in partner's own entries from {@code from} to {@code to}, newest first. */
    List<PracticeEntry> mine(LocalDate from, LocalDate to);

    /**
     * The couples on the signed-in therapist's caseload (primary or co-therapist of the open episode) with
     * a partner who stopped practising, by couple name: for the home page. Names and days only.
     */
    List<QuietCouple> stoppedPractisingInMyCaseload();

    /** A couple of the caseload with the partners who stopped practising. */
    record QuietCouple(UUID coupleId, String coupleName, List<StoppedPractising> partners) {
    }

    /** The couple's partners who stopped practising, in the order they were invited (the care team; audited). */
    List<StoppedPractising> stoppedPractising(UUID coupleId);

    /** Both partners' entries in the week starting {@code monday} (the couple's care team; audited). */
    List<PracticeEntry> ofCoupleInWeek(UUID coupleId, LocalDate monday);
}
