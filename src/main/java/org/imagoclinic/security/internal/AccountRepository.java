package org.imagoclinic.security.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Record1;
import org.jooq.Select;
import org.jspecify.annotations.Nullable;

/** The account store in the {@code security} schema. */
interface AccountRepository {

    /** An account and its password hash, found by user name regardless of case. */
    Optional<StoredAccount> findByUsername(String username);

    Optional<Account> findById(UUID id);

    /** The account whose id this one-column query selects, if it selects one. */
    Optional<Account> findByIdIn(Select<Record1<UUID>> id);

    boolean existsWithRole(String role);

    UUID create(NewAccount account);

    void changePassword(UUID accountId, String passwordHash, boolean mustChangeAtNextSignIn);

    /** One page of accounts ordered by display name. */
    List<Account> page(int offset, int limit);

    int count();

    record StoredAccount(Account account, String passwordHash) {
    }

    Optional<Account> findByStaffId(UUID staffId);

    void changeRoles(UUID accountId, Set<String> roles);

    void changeProfile(UUID accountId, String displayName, @Nullable String email);

    void setEnabled(UUID accountId, boolean enabled);

    record NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
                      boolean mustChangePassword, Set<String> roles, @Nullable UUID staffId) {

        NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
                   boolean mustChangePassword, Set<String> roles) {
            this(username, displayName, email, passwordHash, mustChangePassword, roles, null);
        }
    }
}
