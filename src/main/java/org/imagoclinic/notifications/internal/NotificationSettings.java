package org.imagoclinic.notifications.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The {@code imago.notifications.*} settings (docs/operations.md lists them with their defaults). */
@Component
class NotificationSettings {

    private final List<Duration> reminderOffsets;
    private final QuietHours quietHours;
    private final String from;
    private final String publicUrl;
    private final int maxAttempts;
    private final Duration firstRetryAfter;
    private final Locale locale;

    NotificationSettings(@Value("${imago.notifications.reminders-before:48h,2h}") Duration[] reminderOffsets,
                         @Value("${imago.notifications.quiet-hours.start:21:00}") String quietStart,
                         @Value("${imago.notifications.quiet-hours.end:08:00}") String quietEnd,
                         @Value("${imago.notifications.from:Imago Clinic <no-reply@imago-clinic.example>}") String from,
                         @Value("${imago.notifications.public-url:http://localhost:${server.port:8080}}") String publicUrl,
                         @Value("${imago.notifications.max-attempts:5}") int maxAttempts,
                         @Value("${imago.notifications.first-retry-after:2m}") Duration firstRetryAfter,
                         @Value("${imago.clinic.locale:en-GB}") String locale) {
        this.reminderOffsets = Arrays.stream(reminderOffsets).sorted().toList().reversed();
        this.quietHours = new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd));
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.maxAttempts = maxAttempts;
        this.firstRetryAfter = firstRetryAfter;
        this.locale = Locale.forLanguageTag(locale);
    }

    /** How long before a session each reminder goes, longest first. */
    List<Duration> reminderOffsets() {
        return reminderOffsets;
    }

    QuietHours quietHours() {
        return quietHours;
    }

    String from() {
        return from;
    }

    /** The address clients reach the application at, for links in messages. */
    String publicUrl() {
        return publicUrl;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after the first temporary failure; it doubles with each further one. */
    Duration retryAfter(int attemptsSoFar) {
        return firstRetryAfter.multipliedBy(1L << Math.min(10, Math.max(0, attemptsSoFar - 1)));
    }

    Locale locale() {
        return locale;
    }
}
