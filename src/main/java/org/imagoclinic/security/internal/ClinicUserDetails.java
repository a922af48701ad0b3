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
    private final SecondFactor secondFactor;
    private @Nullable String passwordHash;

    ClinicUserDetails(Account account, String passwordHash) {
        this(account, passwordHash, SecondFactor.NOT_NEEDED);
    }

    private ClinicUserDetails(Account account, @Nullable String passwordHash, SecondFactor secondFactor) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.secondFactor = secondFactor;
    }

    /**
     * Where a sign-in stands with the second factor (ADR 0034). Only {@link #NOT_NEEDED} and
     * {@link #GIVEN} open anything; the other two hold no role until the code is given or the
     * enrolment made.
     */
    enum SecondFactor {
        /** The account has no second factor and none is required of it. */
        NOT_NEEDED,
        /** The password was right; the code from the person's app is still to come. */
        CODE_AWAITED,
        /** An administrator requires a second factor the person has not set up yet: enrolment comes first. */
        ENROLMENT_AWAITED,
        /** Password and code were both right. */
        GIVEN
    }

    SecondFactor secondFactor() {
        return secondFactor;
    }

    /** Whether this sign-in is complete: nothing more is awaited from the person. */
    boolean signInComplete() {
        return secondFactor == SecondFactor.NOT_NEEDED || secondFactor == SecondFactor.GIVEN;
    }

    /** The same person at another stage of the second factor. */
    ClinicUserDetails at(SecondFactor stage) {
        return new ClinicUserDetails(account, null, stage);
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
        return new ClinicUserDetails(changed, "", secondFactor);
    }

    /** The roles this sign-in may use: none until the second factor is given or the enrolment made. */
    Set<String> roles() {
        return signInComplete() ? account.roles() : Set.of();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
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
        return Roles.ALL.stream().filter(roles()::contains).map(Roles::label).toList();
    }
}
