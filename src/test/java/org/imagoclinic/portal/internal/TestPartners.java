package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.notifications.internal.LocalMailServer;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.support.Mails;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Partners with portal accounts for tests: invited by the front desk, their mailed links, signed in. */
public final class TestPartners {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/portal/login/ott\\?token=([A-Za-z0-9_-]+)");

    private TestPartners() {
    }

    /** The partner, invited to the portal by a front-desk account. */
    public static PortalAccount invited(ApplicationContext context, Couple couple, Partner partner) {
        return TestCouples.asFrontDesk(context, () -> context.getBean(PortalAccounts.class).invite(couple.id(), partner.personId()));
    }

    /** The partner as signed in to the portal (for MockMvc's {@code authentication(...)}), without a mail. */
    public static Authentication signedIn(ApplicationContext context, Couple couple, Partner partner) {
        PortalAccount account = invited(context, couple, partner);
        return new OneTimeTokenAuthentication(new PortalPrincipal(account.id(), couple.id(), partner.personId(),
                partner.details().calledName()), List.of(new SimpleGrantedAuthority("ROLE_" + PortalBoundary.PARTNER_ROLE)));
    }

    /** The mails that reached this address so far. */
    public static List<MimeMessage> mailsTo(ApplicationContext context, String address) {
        return context.getBean(LocalMailServer.class).received().stream().filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }

    /** Waits for mail number {@code count} to the address and returns the token of the sign-in link in it. */
    public static String tokenOfMail(ApplicationContext context, String address, int count) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> mailsTo(context, address).size() >= count);
        String text = Mails.textOf(mailsTo(context, address).get(count - 1));
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a sign-in link in: " + text).isTrue();
        return link.group(1);
    }

    /** The text of the newest mail to the address. */
    public static String textOf(ApplicationContext context, String address) throws Exception {
        return Mails.textOf(mailsTo(context, address).getLast());
    }
}
