package org.imagoclinic.notifications.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours of the night (in the clinic's zone) in which no message goes out, e.g. 21:00 to 08:00.
 * The start is inside, the end is not.
 */
record QuietHours(LocalTime start, LocalTime end) {

    boolean contains(Instant moment, ZoneId zone) {
        LocalTime time = moment.atZone(zone).toLocalTime();
        return start.isAfter(end) ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }

    /** A reminder that would fall in quiet hours goes at the last minute before they began. */
    Instant earlierOutside(Instant moment, ZoneId zone) {
        if (!contains(moment, zone)) {
            return moment;
        }
        ZonedDateTime at = moment.atZone(zone);
        ZonedDateTime began = at.with(start);
        if (began.isAfter(at)) {
            began = began.minusDays(1);
        }
        return began.minusMinutes(1).toInstant();
    }

    /** A message that can't wait for an earlier time (a confirmation, a retry) goes when quiet hours end. */
    Instant laterOutside(Instant moment, ZoneId zone) {
        if (!contains(moment, zone)) {
            return moment;
        }
        ZonedDateTime at = moment.atZone(zone);
        ZonedDateTime ends = at.with(end);
        if (!ends.isAfter(at)) {
            ends = ends.plusDays(1);
        }
        return ends.toInstant();
    }
}
