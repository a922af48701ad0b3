package org.imagoclinic.portal.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalBoundary;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signs a partner in with a one-time link: the link is used up and the principal is the portal
 * account, holding only the partner role. Staff accounts are never looked at.
 */
class PortalLinkAuthentication implements AuthenticationProvider {

    private final SignInLinks links;
    private final PortalAccountRepository accounts;
    private final MessageContacts contacts;

    PortalLinkAuthentication(SignInLinks links, PortalAccountRepository accounts, MessageContacts contacts) {
        this.links = links;
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OneTimeToken token = links.consume((OneTimeTokenAuthenticationToken) authentication);
        if (token == null) {
            throw new InvalidOneTimeTokenException("This sign-in link does not work (any more).");
        }
        PortalAccount account = accounts.find(UUID.fromString(token.getUsername()))
                .orElseThrow(() -> new InvalidOneTimeTokenException("No portal account for this link."));
        String calledName = contacts.contactsOf(account.coupleId()).flatMap(c -> c.partner(account.personId()))
                .map(MessageContacts.PartnerContact::calledName).orElse("");
        PortalPrincipal principal = new PortalPrincipal(account.id(), account.coupleId(), account.personId(), calledName);
        return new OneTimeTokenAuthentication(principal,
                List.of(new SimpleGrantedAuthority("ROLE_" + PortalBoundary.PARTNER_ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
