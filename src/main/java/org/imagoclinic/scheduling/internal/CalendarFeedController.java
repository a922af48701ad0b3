package org.imagoclinic.scheduling.internal;

import org.imagoclinic.scheduling.CalendarFeeds;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A therapist's feed at a secret address, for calendar apps that can't sign in (open to anyone who
 * knows the secret, see {@link CalendarFeedSecurity}). An unknown secret is a plain 404.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/feeds/calendar/";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return feeds.feedForSecret(secret)
                .map(ics -> ResponseEntity.ok().contentType(TherapistsController.CALENDAR).body(ics))
                .orElseThrow(() -> new NotFoundException("No calendar feed at this address."));
    }
}
