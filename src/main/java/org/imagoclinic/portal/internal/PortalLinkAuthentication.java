package org.imagoclinic.portal.internal;

import java.util.UUID;
import org.imagoclinic.portal.PortalAccount;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs a partner in with a one-time link: the link is used up and the principal is the portal
 * account, holding only the partner role. Staff accounts are never looked at. For a partner who added
 * a second factor the link is not enough: it only starts a sign-in that waits for their code (ADR 0055).
 */
class PortalLinkAuthentication implements AuthenticationProvider {

    /** The link was right, and the partner's app must give a code before anyone is signed in. */
    static final class CodeAwaited extends AuthenticationException {

        private final UUID accountId;

        CodeAwaited(UUID accountId) {
            super("The link was right; the code from the partner's app is still to come.");
            this.accountId = accountId;
        }

        UUID accountId() {
            return accountId;
        }
    }

    private final SignInLinks links;
    private final PortalAccountRepository accounts;
    private final PortalSignInSession signIns;

    PortalLinkAuthentication(SignInLinks links, PortalAccountRepository accounts, PortalSignInSession signIns) {
        this.links = links;
        this.accounts = accounts;
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OneTimeToken token = links.consume((OneTimeTokenAuthenticationToken) authentication);
        if (token == null) {
            throw new InvalidOneTimeTokenException("This sign-in link does not work (any more).");
        }
        PortalAccount account = accounts.find(UUID.fromString(token.getUsername()))
                .orElseThrow(() -> new InvalidOneTimeTokenException("No portal account for this link."));
        if (account.secondFactor()) {
            throw new CodeAwaited(account.id());
        }
        return signIns.authenticationOf(account);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
