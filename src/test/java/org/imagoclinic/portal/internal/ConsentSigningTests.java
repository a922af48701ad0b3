package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.imagoclinic.clients.Consent;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.ConsentSignedAtHome;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentSigning;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.ConsentTexts;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Each partner signs the consent texts by typing their name; the signature keeps the version, the text's
 * SHA-256, the name, the clinic's time and the IP address, and gives a PDF. A new version asks again; the
 * other partner never sees one's signatures; the front desk sees who signed what.
 */
@ClinicIntegrationTest
class ConsentSigningTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ConsentSigning signing;
    @Autowired
    ConsentTexts texts;

    @AfterEach
    void nobodySignedInAndNoRequest() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPartnerSignsByTypingTheirNameAndANewVersionAsksThemAgain() {
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        Authentication alex = TestPartners.signedIn(context, couple, couple.partnerA());
        Authentication sam = TestPartners.signedIn(context, couple, couple.partnerB());
        MockHttpServletRequest fromPhone = new MockHttpServletRequest();
        fromPhone.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(fromPhone));
        ConsentText treatment = texts.current().stream().filter(text -> text.kind() == ConsentKind.TREATMENT).findFirst()
                .orElseThrow();
        assertThat(treatment.sha256()).as("the hash kept with the text is the body's SHA-256")
                .isEqualTo(Sha256.hex(treatment.body()));

        as(alex);
        assertThat(signing.toSign()).containsExactlyElementsOf(texts.current());
        assertThatThrownBy(() -> signing.sign(treatment.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("typedName"));
        assertThat(signing.mine()).isEmpty();
        Instant before = TestClinicClock.current();
        ConsentSignature signed = signing.sign(treatment.id(), " Alex Rivera-Jones ");

        assertThat(signed.typedName()).isEqualTo("Alex Rivera-Jones");
        assertThat(signed.version()).isEqualTo(treatment.version());
        assertThat(signed.textSha256()).isEqualTo(treatment.sha256());
        assertThat(signed.signedAt()).as("by the clinic's clock").isBetween(before, TestClinicClock.current());
        assertThat(signed.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(signing.toSign()).doesNotContain(treatment);
        assertThatThrownBy(() -> signing.sign(treatment.id(), "Alex")).isInstanceOf(ConflictException.class);
        assertThat(new String(signing.pdf(signed.id()), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        as(sam);
        assertThat(signing.mine()).as("Sam never sees Alex's signatures").isEmpty();
        assertThat(signing.toSign()).contains(treatment);
        assertThatThrownBy(() -> signing.pdf(signed.id())).isInstanceOf(NotFoundException.class);

        SecurityContextHolder.clearContext();
        TestAccounts.signIn(context, "admin");
        ConsentText second = texts.publish(ConsentKind.TREATMENT, treatment.title(),
                treatment.body() + " Version of " + UUID.randomUUID() + ".");
        assertThat(second.version()).isEqualTo(treatment.version() + 1);
        as(alex);
        assertThat(signing.toSign()).as("asked again").contains(second);
        assertThatThrownBy(() -> signing.sign(treatment.id(), "Alex Rivera-Jones")).as("the old version")
                .isInstanceOf(ConflictException.class);
        SecurityContextHolder.clearContext();
        assertThat(TestCouples.asFrontDesk(context, () -> signing.ofCouple(couple.id()))).singleElement().satisfies(one -> {
            assertThat(one.personId()).isEqualTo(couple.partnerA().personId());
            assertThat(one.current()).as("an older version now").isFalse();
        });
        assertThat(TestCouples.asFrontDesk(context, () -> signing.pdf(signed.id()))).isNotEmpty();
    }

    @Test
    void aConsentSignedInThePortalIsThePartnersConsentOnTheCouplesRecordOnceHoweverOftenItIsDelivered() {
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        ConsentText telehealth = texts.current().stream().filter(text -> text.kind() == ConsentKind.TELEHEALTH).findFirst()
                .orElseThrow();
        as(TestPartners.signedIn(context, couple, couple.partnerA()));

        ConsentSignature signed = signing.sign(telehealth.id(), "Alex Rivera");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> consentOf(couple, PartnerSlot.A).isPresent());
        assertThat(consentOf(couple, PartnerSlot.A)).hasValueSatisfying(consent -> {
            assertThat(consent.given()).isTrue();
            assertThat(consent.recordedBy()).isEqualTo("Alex, signed in the portal");
            assertThat(consent.decidedOn()).isEqualTo(java.time.LocalDate.ofInstant(TestClinicClock.current(), java.time.ZoneId.of("Europe/London")));
        });
        assertThat(consentOf(couple, PartnerSlot.B)).as("the other partner signed nothing").isEmpty();

        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.publishEvent(new ConsentSignedAtHome(signed.id(), couple.id(), couple.partnerA().personId(),
                        ConsentKind.TELEHEALTH, "Alex", signed.signedAt())));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from "
                + "event_publication where completion_date is null and serialized_event like ?", Integer.class,
                "%" + signed.id() + "%") == 0);
        assertThat(jdbc.queryForObject("select count(*) from clients.consent where portal_signature_id = ?", Integer.class,
                signed.id())).isOne();
    }

    private java.util.Optional<Consent> consentOf(Couple couple, PartnerSlot partner) {
        SecurityContextHolder.clearContext();
        return TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).get(couple.id()))
                .consentInForce(ConsentKind.TELEHEALTH, partner);
    }

    private static void as(Authentication partner) {
        SecurityContextHolder.getContext().setAuthentication(partner);
    }
}
