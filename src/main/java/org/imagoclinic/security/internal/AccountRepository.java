package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.USER_ACCOUNT;
import static org.imagoclinic.security.internal.db.Tables.USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.Select;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The account store in the {@code security} schema. */
@Repository
class AccountRepository {

    private static final Field<Result<org.jooq.Record1<String>>> ROLES = multiset(
            select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID))).as("roles");

    private final DSLContext db;
    private final Clock clock;

    AccountRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** An account and its password hash, found by user name regardless of case. */
    Optional<StoredAccount> findByUsername(String username) {
        return db.select(USER_ACCOUNT.asterisk(), ROLES)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.lower().eq(TypedUserNames.key(username)))
                .fetchOptional(row -> new StoredAccount(toAccount(row), row.get(USER_ACCOUNT.PASSWORD_HASH)));
    }

    Optional<Account> findById(UUID id) {
        return db.select(USER_ACCOUNT.asterisk(), ROLES)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(id))
                .fetchOptional(this::toAccount);
    }

    /** The account whose id this one-column query selects, if it selects one. */
    Optional<Account> findByIdIn(Select<Record1<UUID>> id) {
        return db.select(USER_ACCOUNT.asterisk(), ROLES)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.in(id))
                .fetchOptional(this::toAccount);
    }

    boolean existsWithRole(String role) {
        return db.fetchExists(USER_ROLE.join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(USER_ROLE.ACCOUNT_ID)),
                USER_ROLE.ROLE.eq(role).and(USER_ACCOUNT.ENABLED));
    }

    UUID create(NewAccount account) {
        UUID id = UUID.randomUUID();
        db.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.ID, id)
                .set(USER_ACCOUNT.USERNAME, account.username().trim())
                .set(USER_ACCOUNT.DISPLAY_NAME, account.displayName().trim())
                .set(USER_ACCOUNT.EMAIL, account.email())
                .set(USER_ACCOUNT.PASSWORD_HASH, account.passwordHash())
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, account.mustChangePassword())
                .set(USER_ACCOUNT.STAFF_ID, account.staffId())
                .set(USER_ACCOUNT.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
        insertRoles(id, account.roles());
        return id;
    }

    Optional<Account> findByStaffId(UUID staffId) {
        return db.select(USER_ACCOUNT.asterisk(), ROLES)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.STAFF_ID.eq(staffId))
                .fetchOptional(this::toAccount);
    }

    void changeRoles(UUID accountId, Set<String> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.ACCOUNT_ID.eq(accountId)).execute();
        insertRoles(accountId, roles);
    }

    void changeProfile(UUID accountId, String displayName, @Nullable String email) {
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName.trim())
                .set(USER_ACCOUNT.EMAIL, email)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void setEnabled(UUID accountId, boolean enabled) {
        db.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, enabled).where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    private void insertRoles(UUID accountId, Set<String> roles) {
        for (String role : roles) {
            db.insertInto(USER_ROLE).set(USER_ROLE.ACCOUNT_ID, accountId).set(USER_ROLE.ROLE, role).execute();
        }
    }

    void changePassword(UUID accountId, String passwordHash, boolean mustChangeAtNextSignIn) {
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, mustChangeAtNextSignIn)
                .set(USER_ACCOUNT.PASSWORD_CHANGED_AT, OffsetDateTime.now(clock))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** One page of accounts ordered by display name. */
    List<Account> page(int offset, int limit) {
        return db.select(USER_ACCOUNT.asterisk(), ROLES)
                .from(USER_ACCOUNT)
                .orderBy(USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(this::toAccount);
    }

    int count() {
        return db.fetchCount(USER_ACCOUNT);
    }

    private Account toAccount(Record row) {
        Set<String> roles = new HashSet<>(row.get(ROLES).getValues(USER_ROLE.ROLE));
        return new Account(row.get(USER_ACCOUNT.ID), row.get(USER_ACCOUNT.USERNAME), row.get(USER_ACCOUNT.DISPLAY_NAME),
                row.get(USER_ACCOUNT.EMAIL), row.get(USER_ACCOUNT.ENABLED), row.get(USER_ACCOUNT.MUST_CHANGE_PASSWORD),
                Set.copyOf(roles), row.get(USER_ACCOUNT.STAFF_ID));
    }

    /** An account with its password hash, as sign-in needs it. */
    record StoredAccount(Account account, String passwordHash) {
    }

    /** What a new account starts with; {@code staffId} links it to the staff directory. */
    record NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
                      boolean mustChangePassword, Set<String> roles, @Nullable UUID staffId) {

        NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
                   boolean mustChangePassword, Set<String> roles) {
            this(username, displayName, email, passwordHash, mustChangePassword, roles, null);
        }
    }
}
