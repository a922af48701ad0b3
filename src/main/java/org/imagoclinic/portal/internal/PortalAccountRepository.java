package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.ACCOUNT;
import static org.imagoclinic.portal.internal.db.Tables.LINK_REQUEST;
import static org.imagoclinic.portal.internal.db.Tables.SIGN_IN_TOKEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.internal.db.tables.records.AccountRecord;
import org.imagoclinic.portal.internal.db.tables.records.SignInTokenRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Portal accounts, the hashes of their sign-in links and the requests for links, in schema {@code portal}. */
@Repository
class PortalAccountRepository {

    private final DSLContext db;

    PortalAccountRepository(DSLContext db) {
        this.db = db;
    }

    List<PortalAccount> ofCouple(UUID coupleId) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.COUPLE_ID.eq(coupleId)).orderBy(ACCOUNT.INVITED_AT)
                .fetch(PortalAccountRepository::account);
    }

    Optional<PortalAccount> find(UUID accountId) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchOptional(PortalAccountRepository::account);
    }

    Optional<PortalAccount> lock(UUID accountId) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).forUpdate()
                .fetchOptional(PortalAccountRepository::account);
    }

    Optional<PortalAccount> findOf(UUID coupleId, UUID personId) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.COUPLE_ID.eq(coupleId)).and(ACCOUNT.PERSON_ID.eq(personId))
                .forUpdate().fetchOptional(PortalAccountRepository::account);
    }

    /** The live (not disabled) account that signs in with this address, if any. */
    Optional<PortalAccount> liveByEmail(String email) {
        return db.selectFrom(ACCOUNT).where(DSL.lower(ACCOUNT.EMAIL).eq(key(email)))
                .and(ACCOUNT.STATUS.ne(PortalAccountStatus.DISABLED.name()))
                .fetchOptional(PortalAccountRepository::account);
    }

    void insert(UUID id, UUID coupleId, UUID personId, String email, String by, Instant now) {
        db.insertInto(ACCOUNT).set(ACCOUNT.ID, id).set(ACCOUNT.COUPLE_ID, coupleId).set(ACCOUNT.PERSON_ID, personId)
                .set(ACCOUNT.EMAIL, email).set(ACCOUNT.STATUS, PortalAccountStatus.INVITED.name())
                .set(ACCOUNT.INVITED_AT, at(now)).set(ACCOUNT.INVITED_BY, by).execute();
    }

    /** Invited (again): a disabled account comes back as invited, an active one stays active. */
    void invitedAgain(UUID id, String email, String by, Instant now) {
        db.update(ACCOUNT)
                .set(ACCOUNT.STATUS, DSL.when(ACCOUNT.STATUS.eq(PortalAccountStatus.ACTIVE.name()), ACCOUNT.STATUS)
                        .otherwise(PortalAccountStatus.INVITED.name()))
                .set(ACCOUNT.EMAIL, email).set(ACCOUNT.INVITED_AT, at(now)).set(ACCOUNT.INVITED_BY, by)
                .set(ACCOUNT.INVITATIONS, ACCOUNT.INVITATIONS.plus(1))
                .setNull(ACCOUNT.DISABLED_AT).setNull(ACCOUNT.DISABLED_BY)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void disable(UUID id, String by, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.STATUS, PortalAccountStatus.DISABLED.name()).set(ACCOUNT.DISABLED_AT, at(now))
                .set(ACCOUNT.DISABLED_BY, by).where(ACCOUNT.ID.eq(id)).execute();
        db.update(SIGN_IN_TOKEN).set(SIGN_IN_TOKEN.USED_AT, at(now))
                .where(SIGN_IN_TOKEN.ACCOUNT_ID.eq(id)).and(SIGN_IN_TOKEN.USED_AT.isNull()).execute();
    }

    void signedIn(UUID id, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.STATUS, PortalAccountStatus.ACTIVE.name()).set(ACCOUNT.LAST_SIGN_IN_AT, at(now))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void saveToken(String hash, UUID accountId, Instant now, Instant expiresAt) {
        db.insertInto(SIGN_IN_TOKEN).set(SIGN_IN_TOKEN.TOKEN_HASH, hash).set(SIGN_IN_TOKEN.ACCOUNT_ID, accountId)
                .set(SIGN_IN_TOKEN.CREATED_AT, at(now)).set(SIGN_IN_TOKEN.EXPIRES_AT, at(expiresAt)).execute();
    }

    /** A link's row, locked, so that two clicks on one link sign in once. */
    Optional<SignInTokenRecord> lockToken(String hash) {
        return db.selectFrom(SIGN_IN_TOKEN).where(SIGN_IN_TOKEN.TOKEN_HASH.eq(hash)).forUpdate().fetchOptional();
    }

    Optional<SignInTokenRecord> token(String hash) {
        return db.selectFrom(SIGN_IN_TOKEN).where(SIGN_IN_TOKEN.TOKEN_HASH.eq(hash)).fetchOptional();
    }

    void useToken(String hash, Instant now) {
        db.update(SIGN_IN_TOKEN).set(SIGN_IN_TOKEN.USED_AT, at(now)).where(SIGN_IN_TOKEN.TOKEN_HASH.eq(hash)).execute();
    }

    /** How many links were asked for the address since {@code since}. */
    int linkRequestsSince(String email, Instant since) {
        return db.fetchCount(LINK_REQUEST, LINK_REQUEST.EMAIL_KEY.eq(key(email)).and(LINK_REQUEST.REQUESTED_AT.gt(at(since))));
    }

    void addLinkRequest(String email, Instant now) {
        db.insertInto(LINK_REQUEST).set(LINK_REQUEST.EMAIL_KEY, key(email)).set(LINK_REQUEST.REQUESTED_AT, at(now)).execute();
    }

    /** The oldest request for the address since {@code since}: the limit lifts a window after it. */
    Optional<Instant> oldestLinkRequest(String email, Instant since) {
        return db.select(DSL.min(LINK_REQUEST.REQUESTED_AT)).from(LINK_REQUEST)
                .where(LINK_REQUEST.EMAIL_KEY.eq(key(email))).and(LINK_REQUEST.REQUESTED_AT.gt(at(since)))
                .fetchOptional(0, OffsetDateTime.class).map(OffsetDateTime::toInstant);
    }

    /**
     * Forgets sign-in links that expired before {@code linksBefore} and requests for links made before
     * {@code requestsBefore}; returns how many rows went.
     */
    int forget(Instant linksBefore, Instant requestsBefore) {
        return db.deleteFrom(SIGN_IN_TOKEN).where(SIGN_IN_TOKEN.EXPIRES_AT.lt(at(linksBefore))).execute()
                + db.deleteFrom(LINK_REQUEST).where(LINK_REQUEST.REQUESTED_AT.lt(at(requestsBefore))).execute();
    }

    /** The account's sign-in secrets (password hash, sealed app secret), locked for a change or a check. */
    record Secrets(@Nullable String passwordHash, byte @Nullable [] totpSecret, boolean totpConfirmed,
                   @Nullable Long totpLastStep) {
    }

    Secrets lockSecrets(UUID accountId) {
        AccountRecord row = db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).forUpdate().fetchSingle();
        return new Secrets(row.getPasswordHash(), row.getTotpSecret(), row.getTotpConfirmedAt() != null,
                row.getTotpLastStep());
    }

    void setPassword(UUID accountId, String hash, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash).set(ACCOUNT.PASSWORD_SET_AT, at(now))
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }

    /** A new, unconfirmed app secret: the app is not asked for until it is confirmed. */
    void startTotp(UUID accountId, byte[] sealedSecret) {
        db.update(ACCOUNT).set(ACCOUNT.TOTP_SECRET, sealedSecret).setNull(ACCOUNT.TOTP_CONFIRMED_AT)
                .setNull(ACCOUNT.TOTP_LAST_STEP).where(ACCOUNT.ID.eq(accountId)).execute();
    }

    void confirmTotp(UUID accountId, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.TOTP_CONFIRMED_AT, at(now)).where(ACCOUNT.ID.eq(accountId)).execute();
    }

    /** Takes a code's step once: false when it (or a later one) was taken before. */
    boolean useTotpStep(UUID accountId, long step) {
        return db.update(ACCOUNT).set(ACCOUNT.TOTP_LAST_STEP, step).where(ACCOUNT.ID.eq(accountId))
                .and(ACCOUNT.TOTP_LAST_STEP.isNull().or(ACCOUNT.TOTP_LAST_STEP.lt(step))).execute() == 1;
    }

    /** Forgets the app; {@code resetBy} names a clinic member who did it for the partner, or is null. */
    void removeTotp(UUID accountId, @Nullable String resetBy, Instant now) {
        var update = db.update(ACCOUNT).setNull(ACCOUNT.TOTP_SECRET).setNull(ACCOUNT.TOTP_CONFIRMED_AT)
                .setNull(ACCOUNT.TOTP_LAST_STEP);
        if (resetBy != null) {
            update.set(ACCOUNT.TOTP_RESET_AT, at(now)).set(ACCOUNT.TOTP_RESET_BY, resetBy);
        }
        update.where(ACCOUNT.ID.eq(accountId)).execute();
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static PortalAccount account(AccountRecord row) {
        return new PortalAccount(row.getId(), row.getCoupleId(), row.getPersonId(), row.getEmail(),
                PortalAccountStatus.valueOf(row.getStatus()), row.getInvitedAt().toInstant(), row.getInvitedBy(),
                row.getInvitations(), instant(row.getLastSignInAt()), instant(row.getDisabledAt()), row.getDisabledBy(),
                row.getPasswordHash() != null, row.getTotpConfirmedAt() != null);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
