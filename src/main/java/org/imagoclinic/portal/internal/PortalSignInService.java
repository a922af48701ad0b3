package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.imagoclinic.portal.PortalLinkRequested;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A link asked for on the sign-in page: counted against the address's limit, sent only to a live account. */
@Service
class PortalSignInService implements PortalSignIn {

    private static final Duration WINDOW = Duration.ofMinutes(LIMIT_WINDOW_MINUTES);

    private final PortalAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalSignInService(PortalAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Duration requestLink(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException("email", "Type the email address the clinic invited.");
        }
        InputLimits.requireText("email", address, InputLimits.NAME * 2);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (accounts.linkRequestsSince(address, since) >= LINKS_PER_WINDOW) {
            Instant again = accounts.oldestLinkRequest(address, since).orElse(now).plus(WINDOW);
            throw new BusinessRuleException("Three links went to this address in the last hour. Use the newest one, "
                    + "or ask again after " + DateTimeFormatter.ofPattern("HH:mm").format(again.atZone(clock.getZone()))
                    + ".");
        }
        accounts.addLinkRequest(address, now);
        accounts.liveByEmail(address).ifPresent(account -> events.publishEvent(new PortalLinkRequested(UUID.randomUUID(),
                account.id(), account.coupleId(), account.personId(), account.email(),
                PortalLinkRequested.Purpose.SIGN_IN, now)));
        return SignInLinks.SIGN_IN_VALID_FOR;
    }
}
