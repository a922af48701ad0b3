package org.imagoclinic.portal.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalLinkRequested.Purpose;
import org.imagoclinic.portal.PortalSignInLinks;
import org.imagoclinic.portal.internal.db.tables.records.SignInTokenRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links (ADR 0041): 256 random bits, kept only as a SHA-256 hash; an invitation's link
 * works for three days, a link asked for on the sign-in page for 15 minutes; each works once. Spring
 * Security's one-time-token login consumes them here; links are only ever made for a mail
 * ({@link #issue}), never by Spring's generation endpoint.
 */
@Service
class SignInLinks implements PortalSignInLinks, OneTimeTokenService {

    static final Duration INVITATION_VALID_FOR = Duration.ofDays(3);
    static final Duration SIGN_IN_VALID_FOR = Duration.ofMinutes(15);
    static final String LOGIN_PATH = "/portal/login/ott";

    /** Why a link does not sign in, for the sign-in page to explain. */
    enum Refusal {
        UNKNOWN, USED, EXPIRED, DISABLED
    }

    private final SecureRandom random = new SecureRandom();
    private final PortalAccountRepository accounts;
    private final Clock clock;
    private final String publicUrl;

    SignInLinks(PortalAccountRepository accounts, Clock clock,
                @Value("${imago.notifications.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
        this.accounts = accounts;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Committed at once, in a transaction of its own: the mail that carries the link may be opened before the sender's commits. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<SignInLink> issue(UUID accountId, Purpose purpose) {
        Optional<PortalAccount> account = accounts.find(accountId);
        if (account.isEmpty() || account.get().status() == PortalAccountStatus.DISABLED) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration validFor = purpose == Purpose.INVITATION ? INVITATION_VALID_FOR : SIGN_IN_VALID_FOR;
        Instant now = clock.instant();
        accounts.saveToken(hash(token), accountId, now, now.plus(validFor));
        return Optional.of(new SignInLink(publicUrl + LOGIN_PATH + "?token=" + token, validFor));
    }

    /** Never used: the generation endpoint is switched off (PortalSecurityConfiguration), links go only by mail. */
    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        throw new UnsupportedOperationException("Portal sign-in links are made only for a mail");
    }

    /** The link's token, used up if it was good; null when it is unknown, used, expired or its account disabled. */
    @Override
    @Transactional
    public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String token = authenticationToken.getTokenValue();
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        String hash = hash(token);
        SignInTokenRecord row = accounts.lockToken(hash).orElse(null);
        if (row == null || refusal(row).isPresent()) {
            return null;
        }
        Instant now = clock.instant();
        accounts.useToken(hash, now);
        accounts.signedIn(row.getAccountId(), now);
        return new DefaultOneTimeToken(token, row.getAccountId().toString(), row.getExpiresAt().toInstant());
    }

    /** Why the token does not sign in (after a failed attempt). */
    @Transactional(readOnly = true)
    Refusal whyRefused(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Refusal.UNKNOWN;
        }
        return accounts.token(hash(token)).map(row -> refusal(row).orElse(Refusal.USED)).orElse(Refusal.UNKNOWN);
    }

    private Optional<Refusal> refusal(SignInTokenRecord row) {
        if (row.getUsedAt() != null) {
            boolean disabled = accounts.find(row.getAccountId()).map(a -> a.status() == PortalAccountStatus.DISABLED)
                    .orElse(true);
            return Optional.of(disabled ? Refusal.DISABLED : Refusal.USED);
        }
        if (!row.getExpiresAt().toInstant().isAfter(clock.instant())) {
            return Optional.of(Refusal.EXPIRED);
        }
        return accounts.find(row.getAccountId()).filter(a -> a.status() != PortalAccountStatus.DISABLED).isPresent()
                ? Optional.empty() : Optional.of(Refusal.DISABLED);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
