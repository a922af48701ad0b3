package org.imagoclinic.notifications.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.SessionPlaces;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through the Twilio-shaped provider, with WireMock standing in for it: a provider
 * that is down delays a message (tried again later, with a longer wait each time) but never loses it
 * nor holds up the booking; its delivery report marks the message delivered; STOP withdraws consent.
 */
@ClinicIntegrationTest
class TextMessagesTests {

    static final String MESSAGES = "/2010-04-01/Accounts/AC0000test/Messages.json";

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    MessagePreferences preferences;
    @Autowired
    Outbox outbox;
    @Autowired
    MockMvc mvc;

    static WireMockServer provider;
    Dispatcher dispatcher;
    Couple couple;
    UUID alex;

    @BeforeAll
    static void theProvidersStandIn() {
        provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        provider.start();
    }

    @AfterAll
    static void stopTheProvider() {
        provider.stop();
    }

    @BeforeEach
    void aProviderAndAPartnerWhoPrefersTextMessages() {
        provider.resetAll();
        TwilioTextMessages texts = new TwilioTextMessages(provider.baseUrl(), "AC0000test", "test-token", "+15005550006",
                context.getBean(JsonMapper.class));
        dispatcher = new Dispatcher(context.getBean(OutboxRepository.class), context.getBean(MessageContacts.class),
                context.getBean(PreferencesService.class), new Recipients(texts), context.getBean(SessionPlaces.class),
                context.getBean(TemplateRepository.class), context.getBean(MessageRenderer.class),
                context.getBean(MailChannel.class), texts, context.getBean(UnsubscribeLinks.class),
                context.getBean(NotificationSettings.class), context,
                context.getBean(TransactionTemplate.class), context.getBean(Clock.class), context.getBean(PortalMail.class),
                context.getBean(StatementMail.class), context.getBean(AddressedMail.class));
        TestClinic clinic = new TestClinic(context);
        TestStaff lee = clinic.therapist();
        couple = clinic.couple(lee.staffId());
        alex = couple.partnerA().personId();
        TestAccounts.signIn(context, "frontdesk");
        preferences.record(couple.id(), new PartnerPreferences(alex, true, true, Channel.TEXT, false, null, null));
        Appointment session = bookings.book(BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(),
                TestClinic.mondayIn(2).atTime(16, 0))).first();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> messages(TemplateKind.SESSION_BOOKED).size() == 2);
        assertThat(session.start()).isEqualTo(TestClinic.mondayIn(2).atTime(16, 0));
    }

    @AfterEach
    void backToTheClassesStart() {
        TestClinicClock.reset();
    }

    @Test
    void aProviderThatIsDownDelaysTheMessageWhichGoesOnTheNextAttemptAndIsMarkedDeliveredWhenTheProviderSaysSo()
            throws Exception {
        provider.stubFor(post(urlEqualTo(MESSAGES)).inScenario("down, then up").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        provider.stubFor(post(urlEqualTo(MESSAGES)).inScenario("down, then up").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"SM0001\", \"status\": \"queued\"}")));

        dispatcher.deliverDue();
        OutboxMessage waiting = alexsConfirmation();
        assertThat(waiting.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.reason()).contains("503");
        assertThat(Duration.between(TestClinicClock.current(), waiting.nextAttemptAt())).isBetween(
                Duration.ofMinutes(1), Duration.ofMinutes(3));

        dispatcher.deliverDue();
        assertThat(alexsConfirmation().attempts()).as("not due again yet").isEqualTo(1);

        TestClinicClock.advance(Duration.ofMinutes(3));
        dispatcher.deliverDue();
        OutboxMessage sent = alexsConfirmation();
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.channel()).isEqualTo(Channel.TEXT);
        assertThat(sent.attempts()).isEqualTo(2);
        provider.verify(2, postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(containing("To=%2B442079460000"))
                .withRequestBody(containing("Reply+STOP")).withBasicAuth(
                        new com.github.tomakehurst.wiremock.client.BasicCredentials("AC0000test", "test-token")));

        callBack(TextMessageCallbacks.STATUS_PATH, Map.of("MessageSid", "SM0001", "MessageStatus", "delivered"), true)
                .andExpect(status().isNoContent());
        TestAccounts.signIn(context, "frontdesk");
        assertThat(alexsConfirmation().status()).isEqualTo(MessageStatus.DELIVERED);
    }

    @Test
    void stopFromThePartnersNumberWithdrawsConsentToTextMessagesAndAnUnsignedOneDoesNothing() throws Exception {
        provider.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": \"SM0002\"}")));
        dispatcher.deliverDue();
        assertThat(alexsConfirmation().status()).isEqualTo(MessageStatus.SENT);

        Map<String, String> stop = Map.of("From", "+442079460000", "Body", "Stop ");
        callBack(TextMessageCallbacks.INBOUND_PATH, stop, false).andExpect(status().isBadRequest());
        TestAccounts.signIn(context, "frontdesk");
        assertThat(preferences.of(alex).textConsent()).isTrue();

        callBack(TextMessageCallbacks.INBOUND_PATH, stop, true).andExpect(status().isOk());
        TestAccounts.signIn(context, "frontdesk");
        assertThat(preferences.of(alex).textConsent()).isFalse();
        assertThat(preferences.of(alex).emailConsent()).isTrue();
    }

    private org.springframework.test.web.servlet.ResultActions callBack(String path, Map<String, String> form,
                                                                        boolean signed) throws Exception {
        String url = context.getBean(NotificationSettings.class).publicUrl() + path;
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).contentType("application/x-www-form-urlencoded").content(body);
        if (signed) {
            request.header("X-Twilio-Signature", TextMessageCallbacks.signature("test-token", url, form));
        }
        return mvc.perform(request);
    }

    private OutboxMessage alexsConfirmation() {
        return messages(TemplateKind.SESSION_BOOKED).stream().filter(m -> m.partnerId().equals(alex)).findFirst()
                .orElseThrow();
    }

    private List<OutboxMessage> messages(TemplateKind template) {
        return outbox.find(new OutboxQuery(couple.id(), null, null, null)).stream()
                .filter(m -> m.template() == template).toList();
    }
}
