package org.imagoclinic.portal.internal;

import java.util.Optional;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the portal principal from the security context and checks that its account is still live. */
@Service
class PortalSessionService implements PortalSession {

    private final PortalAccountRepository accounts;

    PortalSessionService(PortalAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedInPartner> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal principal)) {
            return Optional.empty();
        }
        return accounts.find(principal.accountId())
                .filter(account -> account.status() != PortalAccountStatus.DISABLED)
                .map(account -> new SignedInPartner(account.id(), account.coupleId(), account.personId(),
                        principal.calledName()));
    }

    @Override
    public SignedInPartner require() {
        return current().orElseThrow(() -> new AccessDeniedException("Sign in to your portal first."));
    }
}
