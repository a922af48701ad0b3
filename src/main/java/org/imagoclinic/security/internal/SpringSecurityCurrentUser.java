package org.imagoclinic.security.internal;

import java.util.Optional;
import org.imagoclinic.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SpringSecurityCurrentUser implements CurrentUser {

    @Override
    public Optional<SignedInAccount> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ClinicUserDetails user)) {
            return Optional.empty();
        }
        Account account = user.account();
        return Optional.of(new SignedInAccount(account.id(), account.username(), account.displayName(),
                user.roles(), Optional.ofNullable(account.staffId())));
    }
}
