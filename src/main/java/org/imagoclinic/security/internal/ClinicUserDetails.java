package org.imagoclinic.security.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in account; kept in the HTTP session, so it is serializable. */
final class ClinicUserDetails implements UserDetails, CredentialsContainer, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Account account;
    private @Nullable String passwordHash;

    ClinicUserDetails(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    Account account() {
        return account;
    }

    UUID accountId() {
        return account.id();
    }

    boolean mustChangePassword() {
        return account.mustChangePassword();
    }

    /** The same person after a password change, no longer asked to change it. */
    ClinicUserDetails withPasswordChanged() {
        Account changed = new Account(account.id(), account.username(), account.displayName(), account.email(),
                account.enabled(), false, account.roles(), account.staffId());
        return new ClinicUserDetails(changed, "");
    }

    Set<String> roles() {
        return account.roles();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String username() {
        return account.username();
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public List<String> roleLabels() {
        return Roles.ALL.stream().filter(account.roles()::contains).map(Roles::label).toList();
    }
}
