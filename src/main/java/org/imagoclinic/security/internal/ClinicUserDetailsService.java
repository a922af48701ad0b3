package org.imagoclinic.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security's sign-in, by user name regardless of case. */
@Service
class ClinicUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    ClinicUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(stored -> new ClinicUserDetails(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given user name"));
    }
}
