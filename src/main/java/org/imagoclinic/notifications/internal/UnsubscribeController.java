package org.imagoclinic.notifications.internal;

import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs {@code List-Unsubscribe=One-Click} to the
 * link; a person who opens it in a browser gets a page with one button that POSTs the same. Opening
 * the link alone changes nothing (link checkers and previews open links). The opt-out is recorded
 * as the partner's own withdrawal of consent for that channel.
 */
@RestController
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final PreferencesService preferences;

    UnsubscribeController(UnsubscribeLinks links, PreferencesService preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GetMapping(path = UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam("p") String partner, @RequestParam("c") String channel,
                                   @RequestParam("t") String token) {
        if (!valid(partner, channel, token)) {
            return unknownLink();
        }
        String action = UnsubscribeLinks.PATH + "?p=" + partner + "&c=" + channel + "&t=" + token;
        return ResponseEntity.ok(page("Stop these messages?",
                "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(action) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Stop the clinic's " + (Channel.valueOf(channel) == Channel.EMAIL ? "emails" : "text messages")
                + "</button></form>"));
    }

    @PostMapping(path = UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam("p") String partner, @RequestParam("c") String channel,
                                       @RequestParam("t") String token) {
        if (!valid(partner, channel, token)) {
            return unknownLink();
        }
        preferences.optOut(UUID.fromString(partner), Channel.valueOf(channel), PreferencesRepository.Source.UNSUBSCRIBE_LINK);
        return ResponseEntity.ok(page("Done", "<p>The clinic will send you no more of these messages. "
                + "To have them again, tell the front desk.</p>"));
    }

    private boolean valid(String partner, String channel, String token) {
        try {
            return links.valid(UUID.fromString(partner), Channel.valueOf(channel), token);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static ResponseEntity<String> unknownLink() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                .body(page("Link not recognised", "<p>This link is not one the clinic sent. Please call the front desk.</p>"));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:32em;margin:3em auto\"><h1>" + title + "</h1>" + body
                + "</body></html>";
    }
}
