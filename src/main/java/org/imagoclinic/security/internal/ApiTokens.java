package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.API_TOKEN;
import static org.imagoclinic.security.internal.db.Tables.USER_ACCOUNT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.internal.db.tables.UserAccount;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived bearer tokens for API clients (ADR 0019). A client pays for one password-hash check
 * when it asks for a token, then each call costs one indexed lookup instead of another adaptive hash.
 * A token dies when it expires, when it is revoked, when its account is deactivated, and when the
 * account's password changes after it was issued. Only its SHA-256 is kept.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "imago_";

    private final DSLContext db;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(DSLContext db, AccountRepository accounts, AuditTrail audit, Clock clock,
              @Value("${imago.api.token-lifetime:8h}") Duration lifetime) {
        this.db = db;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for the signed-in account; the token text is returned here and never again. */
    @Transactional
    IssuedToken issue(ClinicUserDetails user) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        db.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, UUID.randomUUID())
                .set(API_TOKEN.ACCOUNT_ID, user.accountId())
                .set(API_TOKEN.TOKEN_HASH, sha256(token))
                .set(API_TOKEN.CREATED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(API_TOKEN.EXPIRES_AT, OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
                .execute();
        audit.record(new AuditRecord(AuditAction.SIGN_IN, "Account", user.accountId().toString(), null,
                AuditOutcome.ALLOWED, "API token issued, valid until " + expires));
        return new IssuedToken(token, expires);
    }

    /** The account a presented token stands for, if the token is known, unexpired, unrevoked and still valid for it. */
    Optional<ClinicUserDetails> authenticate(String token) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        UserAccount owner = USER_ACCOUNT.as("token_owner");
        // one statement per API request: the live token's account, read with its roles
        return accounts.findByIdIn(DSL.select(API_TOKEN.ACCOUNT_ID)
                        .from(API_TOKEN)
                        .join(owner).on(owner.ID.eq(API_TOKEN.ACCOUNT_ID))
                        .where(API_TOKEN.TOKEN_HASH.eq(sha256(token)))
                        .and(API_TOKEN.REVOKED_AT.isNull())
                        .and(API_TOKEN.EXPIRES_AT.gt(now))
                        .and(owner.ENABLED)
                        .and(owner.PASSWORD_CHANGED_AT.isNull().or(API_TOKEN.CREATED_AT.ge(owner.PASSWORD_CHANGED_AT))))
                .map(account -> new ClinicUserDetails(account, ""));
    }

    /** Ends one of the caller's own tokens before its time (the client's sign-out); true if it was live. */
    @Transactional
    boolean revoke(String token, ClinicUserDetails user) {
        return end(API_TOKEN.TOKEN_HASH.eq(sha256(token)), user, "API token revoked");
    }

    /** The signed-in user's tokens that still work, newest first: when each was issued and until when it works. */
    @Transactional(readOnly = true)
    public List<LiveToken> ownLiveTokens() {
        ClinicUserDetails user = AccountService.signedInUser();
        return db.select(API_TOKEN.ID, API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.ACCOUNT_ID.eq(user.accountId()))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.gt(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(row -> new LiveToken(row.value1(), row.value2().toInstant(), row.value3().toInstant()));
    }

    /**
     * Ends one of the signed-in user's own tokens now (a program that should stop at once); false
     * when it was not theirs or had already ended. Audited as a sign-out.
     */
    @Transactional
    public boolean endOwnToken(UUID tokenId) {
        return end(API_TOKEN.ID.eq(tokenId), AccountService.signedInUser(), "API token ended by its owner in the application");
    }

    /** Ends the user's live token that {@code which} picks, and audits it as a sign-out; true if there was one. */
    private boolean end(Condition which, ClinicUserDetails user, String why) {
        boolean ended = db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .where(which)
                .and(API_TOKEN.ACCOUNT_ID.eq(user.accountId()))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
        if (ended) {
            audit.record(new AuditRecord(AuditAction.SIGN_OUT, "Account", user.accountId().toString(), null,
                    AuditOutcome.ALLOWED, why));
        }
        return ended;
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A token as handed to its client once: the text to send as {@code Authorization: Bearer …}, and when it stops working. */
    record IssuedToken(String token, Instant expiresAt) {
    }

    /** A token that still works, as its owner sees it: never the token text, which is not kept. */
    public record LiveToken(UUID id, Instant issuedAt, Instant expiresAt) {
    }
}
