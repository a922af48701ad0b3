package org.imagoclinic.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.imagoclinic.notifications.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the text-message provider calls back, signed as Twilio signs it ({@code X-Twilio-Signature}:
 * HMAC-SHA1 with the account's token over the address and the form fields sorted by name):
 * delivery reports, which move a sent message to delivered or failed, and replies, where STOP (or
 * STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT) withdraws that number's partners' consent to text messages.
 * Unsigned or wrongly signed calls change nothing (400).
 */
@RestController
class TextMessageCallbacks {

    static final String STATUS_PATH = "/notifications/text/status";
    static final String INBOUND_PATH = "/notifications/text/inbound";

    private static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    private static final String EMPTY_REPLY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final TwilioTextMessages provider;
    private final OutboxRepository outbox;
    private final PreferencesService preferences;
    private final NotificationSettings settings;

    TextMessageCallbacks(TwilioTextMessages provider, OutboxRepository outbox, PreferencesService preferences,
                         NotificationSettings settings) {
        this.provider = provider;
        this.outbox = outbox;
        this.preferences = preferences;
        this.settings = settings;
    }

    @PostMapping(STATUS_PATH)
    ResponseEntity<?> status(@RequestParam Map<String, String> form,
                             @RequestHeader(name = "X-Twilio-Signature", required = false) @Nullable String signature) {
        if (!signedByProvider(STATUS_PATH, form, signature)) {
            return notSigned();
        }
        String sid = form.getOrDefault("MessageSid", "");
        String status = form.getOrDefault("MessageStatus", "").toLowerCase(Locale.ROOT);
        switch (status) {
            case "delivered" -> outbox.markDelivered(sid);
            case "failed", "undelivered" -> outbox.markFailedByProvider(sid, "the provider could not deliver it"
                    + (form.containsKey("ErrorCode") ? " (error " + form.get("ErrorCode") + ")" : ""));
            default -> {
                // queued, sending, sent: nothing to record beyond "sent"
            }
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(INBOUND_PATH)
    ResponseEntity<?> inbound(@RequestParam Map<String, String> form,
                              @RequestHeader(name = "X-Twilio-Signature", required = false) @Nullable String signature) {
        if (!signedByProvider(INBOUND_PATH, form, signature)) {
            return notSigned();
        }
        String word = form.getOrDefault("Body", "").strip().toUpperCase(Locale.ROOT);
        if (STOP_WORDS.contains(word)) {
            String from = ContactAddresses.phoneForProvider(form.getOrDefault("From", ""));
            for (var partnerId : outbox.partnersTextedAt(from)) {
                preferences.optOut(partnerId, Channel.TEXT, PreferencesRepository.Source.STOP_REPLY);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_REPLY);
    }

    private static ResponseEntity<ProblemDetail> notSigned() {
        // a request, not a person: no sign-in could help, so not a 401 or 403
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The X-Twilio-Signature header is missing or does not match: not a call of the clinic's text-message "
                + "provider. Nothing was done.")).build();
    }

    private boolean signedByProvider(String path, Map<String, String> form, @Nullable String signature) {
        if (!provider.enabled() || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(provider.authToken(), settings.publicUrl() + path, form)
                .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** Twilio's request signature: the address, then each field's name and value in name order. */
    static String signature(String authToken, String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }
}
