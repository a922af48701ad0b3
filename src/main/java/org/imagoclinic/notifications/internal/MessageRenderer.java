package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills a template in the clinic's zone and locale. Values are escaped in the HTML body; an unknown
 * placeholder is left as written, so a typo in a template shows instead of vanishing.
 */
@Component
class MessageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Clock clock;
    private final NotificationSettings settings;

    MessageRenderer(Clock clock, NotificationSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** What a message says. */
    record Rendered(String subject, String text, String html) {
    }

    Rendered render(MessageTemplate template, ClinicContact clinic, String name, Instant sessionStart, String place) {
        return render(template, clinic, name, sessionStart, place, Map.of());
    }

    /**
     * A message with values of its own besides the clinic's: a waitlist offer's {@code replyBy}, a
     * questionnaire's {@code link}; without a session ({@code sessionStart} null) no day, time or place.
     */
    Rendered render(MessageTemplate template, ClinicContact clinic, String name, @Nullable Instant sessionStart,
                    String place, Map<String, String> own) {
        Map<String, String> values = new HashMap<>(own);
        values.put("name", name);
        values.put("clinicName", clinic.clinicName());
        values.put("clinicAddress", clinic.address());
        values.put("clinicPhone", clinic.phone());
        values.put("cancellationPolicy", clinic.cancellationPolicy());
        if (sessionStart != null) {
            values.put("date", day(sessionStart));
            values.put("time", time(sessionStart));
            values.put("place", place);
        }
        return new Rendered(fill(template.subject(), values, UnaryOperator.identity()),
                fill(template.bodyText(), values, UnaryOperator.identity()),
                fill(template.bodyHtml(), values, HtmlUtils::htmlEscape));
    }

    /** A day in words in the clinic's zone and locale, e.g. "Monday, 21 December 2026". */
    String day(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(settings.locale()));
    }

    /** A time of day in the clinic's zone and locale, e.g. "10:00". */
    String time(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        return at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(settings.locale()));
    }

    /** A portal message: its one-time link and how long it works instead of a session's day and place. */
    Rendered renderPortal(MessageTemplate template, ClinicContact clinic, String name, String link, String validFor) {
        Map<String, String> values = Map.of(
                "name", name,
                "link", link,
                "validFor", validFor,
                "clinicName", clinic.clinicName(),
                "clinicAddress", clinic.address(),
                "clinicPhone", clinic.phone(),
                "cancellationPolicy", clinic.cancellationPolicy());
        return new Rendered(fill(template.subject(), values, UnaryOperator.identity()),
                fill(template.bodyText(), values, UnaryOperator.identity()),
                fill(template.bodyHtml(), values, HtmlUtils::htmlEscape));
    }

    private static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : escape.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
