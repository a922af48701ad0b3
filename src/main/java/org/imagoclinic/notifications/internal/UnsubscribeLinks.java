package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.SIGNING_KEY;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.imagoclinic.notifications.Channel;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links (RFC 8058): the partner and channel in the address, signed with an
 * HMAC whose key the database keeps, so a link works on every instance and after a restart, and
 * nobody can make one for another partner.
 */
@Component
class UnsubscribeLinks {

    static final String PATH = "/notifications/unsubscribe";

    private final DSLContext db;
    private final NotificationSettings settings;
    private volatile byte[] key;

    UnsubscribeLinks(DSLContext db, NotificationSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    String linkFor(UUID partnerId, Channel channel) {
        return settings.publicUrl() + PATH + "?p=" + partnerId + "&c=" + channel.name() + "&t=" + token(partnerId, channel);
    }

    boolean valid(UUID partnerId, Channel channel, String token) {
        return MessageDigest.isEqual(token(partnerId, channel).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(UUID partnerId, Channel channel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal((partnerId + ":" + channel.name()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = db.select(SIGNING_KEY.KEY).from(SIGNING_KEY).fetchSingle(SIGNING_KEY.KEY);
            key = known;
        }
        return known;
    }
}
