package org.imagoclinic.scheduling;

import java.time.Duration;

/**
 * What cancelling a session now would mean: whether it is late, the notice the client gives and the
 * notice the clinic asks for, to show before anyone cancels.
 *
 * @param late whether a client's cancellation now falls inside the clinic's notice window
 * @param noticeGiven the time left until the session starts
 * @param noticeAsked the clinic's notice window ({@code imago.scheduling.late-cancel-notice})
 */
public record CancellationNotice(boolean late, Duration noticeGiven, Duration noticeAsked) {

    /** E.g. "This is a late cancellation: 20 hours' notice, the clinic asks for 24 hours." */
    public String describe() {
        return late ? "This is a late cancellation: " + words(noticeGiven) + "' notice, the clinic asks for "
                + words(noticeAsked) + "."
                : "Not a late cancellation: " + words(noticeGiven) + "' notice, the clinic asks for "
                + words(noticeAsked) + ".";
    }

    /** "20 hours", "3 days", "45 minutes": rounded down, as notice is counted. */
    static String words(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return hours / 24 + " days";
    }
}
