package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.TWO_FACTOR;
import static org.imagoclinic.security.internal.db.Tables.TWO_FACTOR_RECOVERY_CODE;
import static org.imagoclinic.security.internal.db.Tables.TWO_FACTOR_REQUIRED_ROLE;
import static org.imagoclinic.security.internal.db.Tables.USER_ACCOUNT;
import static org.imagoclinic.security.internal.db.Tables.USER_ROLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Two-factor secrets, recovery codes and requirements in the {@code security} schema (ADR 0034). */
@Repository
class TwoFactorStore {

    private static final int PLAIN_SECRET_BYTES = 20;

    private final DSLContext db;
    private final TwoFactorSecretSealing sealing;

    TwoFactorStore(DSLContext db, TwoFactorSecretSealing sealing) {
        this.db = db;
        this.sealing = sealing;
    }

    TwoFactorStatus status(UUID accountId) {
        boolean enrolled = db.fetchExists(TWO_FACTOR, TWO_FACTOR.ACCOUNT_ID.eq(accountId).and(TWO_FACTOR.CONFIRMED_AT.isNotNull()));
        boolean required = db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ID.eq(accountId).and(USER_ACCOUNT.TWO_FACTOR_REQUIRED))
                || db.fetchExists(DSL.selectOne().from(USER_ROLE).join(TWO_FACTOR_REQUIRED_ROLE)
                        .on(TWO_FACTOR_REQUIRED_ROLE.ROLE.eq(USER_ROLE.ROLE)).where(USER_ROLE.ACCOUNT_ID.eq(accountId)));
        return new TwoFactorStatus(enrolled, required);
    }

    /**
     * A new secret awaiting confirmation, replacing an unconfirmed one, stored sealed; false when an
     * enrolment is already confirmed.
     */
    boolean start(UUID accountId, byte[] plainSecret, Instant now) {
        byte[] secret = sealing.seal(accountId, plainSecret);
        return db.insertInto(TWO_FACTOR)
                .set(TWO_FACTOR.ACCOUNT_ID, accountId)
                .set(TWO_FACTOR.SECRET, secret)
                .set(TWO_FACTOR.STARTED_AT, at(now))
                .onConflict(TWO_FACTOR.ACCOUNT_ID)
                .doUpdate()
                .set(TWO_FACTOR.SECRET, secret)
                .set(TWO_FACTOR.STARTED_AT, at(now))
                .set(TWO_FACTOR.LAST_USED_STEP, (Long) null)
                .where(TWO_FACTOR.CONFIRMED_AT.isNull())
                .execute() == 1;
    }

    /** The secret, unsealed, of a confirmed enrolment ({@code confirmed}) or of one awaiting confirmation. */
    Optional<byte[]> secret(UUID accountId, boolean confirmed) {
        return db.select(TWO_FACTOR.SECRET).from(TWO_FACTOR)
                .where(TWO_FACTOR.ACCOUNT_ID.eq(accountId))
                .and(confirmed ? TWO_FACTOR.CONFIRMED_AT.isNotNull() : TWO_FACTOR.CONFIRMED_AT.isNull())
                .fetchOptional(TWO_FACTOR.SECRET)
                .map(sealed -> sealing.open(accountId, sealed));
    }

    /**
     * Seals the secrets stored before they were sealed (ADR 0037), once the application is ready: a
     * plain secret is its 20 bytes (160 bits), a sealed one is longer.
     *
     * @return how many were sealed
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    int sealPlainSecrets() {
        if (!sealing.configured()) {
            return 0;
        }
        var plain = db.select(TWO_FACTOR.ACCOUNT_ID, TWO_FACTOR.SECRET).from(TWO_FACTOR)
                .where(DSL.field("octet_length({0})", Integer.class, TWO_FACTOR.SECRET).eq(PLAIN_SECRET_BYTES)).forUpdate().fetch();
        plain.forEach(row -> db.update(TWO_FACTOR).set(TWO_FACTOR.SECRET, sealing.seal(row.value1(), row.value2()))
                .where(TWO_FACTOR.ACCOUNT_ID.eq(row.value1())).execute());
        return plain.size();
    }

    /**
     * Records that the code of {@code step} was used; false when that step or a later one was used
     * already (a replayed code). One statement, so two requests with the same code can't both pass.
     */
    boolean useStep(UUID accountId, long step) {
        return db.update(TWO_FACTOR).set(TWO_FACTOR.LAST_USED_STEP, step)
                .where(TWO_FACTOR.ACCOUNT_ID.eq(accountId))
                .and(TWO_FACTOR.LAST_USED_STEP.isNull().or(TWO_FACTOR.LAST_USED_STEP.lt(step)))
                .execute() == 1;
    }

    void confirm(UUID accountId, Instant now, List<String> recoveryCodeHashes) {
        db.update(TWO_FACTOR).set(TWO_FACTOR.CONFIRMED_AT, at(now)).where(TWO_FACTOR.ACCOUNT_ID.eq(accountId)).execute();
        db.deleteFrom(TWO_FACTOR_RECOVERY_CODE).where(TWO_FACTOR_RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        for (String hash : recoveryCodeHashes) {
            db.insertInto(TWO_FACTOR_RECOVERY_CODE)
                    .set(TWO_FACTOR_RECOVERY_CODE.ID, UUID.randomUUID())
                    .set(TWO_FACTOR_RECOVERY_CODE.ACCOUNT_ID, accountId)
                    .set(TWO_FACTOR_RECOVERY_CODE.CODE_HASH, hash)
                    .execute();
        }
    }

    /** An unused recovery code's id and hash. */
    record RecoveryCode(UUID id, String hash) {
    }

    List<RecoveryCode> unusedRecoveryCodes(UUID accountId) {
        return db.select(TWO_FACTOR_RECOVERY_CODE.ID, TWO_FACTOR_RECOVERY_CODE.CODE_HASH)
                .from(TWO_FACTOR_RECOVERY_CODE)
                .where(TWO_FACTOR_RECOVERY_CODE.ACCOUNT_ID.eq(accountId))
                .and(TWO_FACTOR_RECOVERY_CODE.USED_AT.isNull())
                .fetch(row -> new RecoveryCode(row.value1(), row.value2()));
    }

    /** Marks a recovery code used; false when another request used it first. */
    boolean useRecoveryCode(UUID codeId, Instant now) {
        return db.update(TWO_FACTOR_RECOVERY_CODE).set(TWO_FACTOR_RECOVERY_CODE.USED_AT, at(now))
                .where(TWO_FACTOR_RECOVERY_CODE.ID.eq(codeId))
                .and(TWO_FACTOR_RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }

    /** Forgets the enrolment and its recovery codes; false when there was none. */
    boolean remove(UUID accountId) {
        db.deleteFrom(TWO_FACTOR_RECOVERY_CODE).where(TWO_FACTOR_RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        return db.deleteFrom(TWO_FACTOR).where(TWO_FACTOR.ACCOUNT_ID.eq(accountId)).execute() == 1;
    }

    /** Sets whether one account must sign in with two factors; false when the account does not exist. */
    boolean requireForAccount(UUID accountId, boolean required) {
        return db.update(USER_ACCOUNT).set(USER_ACCOUNT.TWO_FACTOR_REQUIRED, required)
                .where(USER_ACCOUNT.ID.eq(accountId)).execute() == 1;
    }

    Set<String> requiredRoles() {
        return Set.copyOf(db.fetchValues(TWO_FACTOR_REQUIRED_ROLE.ROLE));
    }

    void requireForRoles(Set<String> roles) {
        db.deleteFrom(TWO_FACTOR_REQUIRED_ROLE).execute();
        for (String role : roles) {
            db.insertInto(TWO_FACTOR_REQUIRED_ROLE).set(TWO_FACTOR_REQUIRED_ROLE.ROLE, role).execute();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
