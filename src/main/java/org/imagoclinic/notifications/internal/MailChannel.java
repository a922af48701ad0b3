package org.imagoclinic.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email over SMTP through Spring Boot's mail support: plain text and HTML, an optional
 * {@code .ics} or PDF attachment, and RFC 8058 one-click unsubscribe headers.
 */
@Component
class MailChannel {

    private final JavaMailSender sender;
    private final NotificationSettings settings;

    MailChannel(JavaMailSender sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** An email ready to go, with a PDF attached or none. */
    record Email(String to, String subject, String text, String html, @Nullable String unsubscribeLink,
                 @Nullable String calendarEntry, @Nullable Pdf pdf) {

        Email(String to, String subject, String text, String html, @Nullable String unsubscribeLink,
              @Nullable String calendarEntry) {
            this(to, subject, text, html, unsubscribeLink, calendarEntry, null);
        }
    }

    /** A PDF document attached to an email. */
    record Pdf(String fileName, byte[] content) {
    }

    /** Returns the Message-ID it went with. */
    String send(Email email) throws DeliveryFailure {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            if (email.calendarEntry() != null) {
                helper.addAttachment("session.ics", new ByteArrayResource(email.calendarEntry().getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=PUBLISH");
            }
            if (email.pdf() != null) {
                helper.addAttachment(email.pdf().fileName(), new ByteArrayResource(email.pdf().content()), "application/pdf");
            }
            if (email.unsubscribeLink() != null) {
                message.setHeader("List-Unsubscribe", "<" + email.unsubscribeLink() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            sender.send(message);
            return message.getMessageID() == null ? "" : message.getMessageID();
        } catch (MailSendException e) {
            throw new DeliveryFailure("the mail server did not take it: " + e.getMessage(), true, e);
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailure("the email could not be written: " + e.getMessage(), false, e);
        }
    }
}
