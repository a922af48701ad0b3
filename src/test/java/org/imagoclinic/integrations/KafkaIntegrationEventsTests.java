package org.imagoclinic.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integration events on a real Kafka broker in the test JVM (ADR 0064): what a booked and a
 * completed session put on their topics, and that a broker outage delays a message but loses none.
 *
 * <p>Its own context, the only one with externalisation on, closed after the class so that no
 * Kafka client outlives its broker. The application reaches the broker through a {@link BrokerRelay}:
 * cut, it is a broker outage for the application.
 */
@SpringBootTest(properties = {"vaadin.devmode.devTools.enabled=false", "imago.demo.clinic.enabled=false",
                "imago.notifications.dispatch.enabled=false", "imago.security.sign-in-pruning.enabled=false",
                "imago.portal.link-pruning.enabled=false", "imago.scheduling.waitlist-offers.enabled=false",
                "imago.billing.monthly-statements.enabled=false",
                "spring.modulith.events.externalization.enabled=true",
                "spring.kafka.producer.properties.max.block.ms=500",
                // rounds of abandoned publications every half second (a failed one is tried again in each)
                "imago.events.resubmission.enabled=true", "imago.events.resubmission.every=500ms"})
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaIntegrationEventsTests {

    private static final String[] TOPICS = {SessionBookedMessage.TOPIC, SessionCompletedMessage.TOPIC};
    private static final BrokerRelay relay = new BrokerRelay();
    private static final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, TOPICS);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    /** The broker starts before the application; everyone reaches it through the relay, which it names as its address. */
    @DynamicPropertySource
    static void brokerAddress(DynamicPropertyRegistry registry) {
        relay.to(() -> broker.getCluster().brokers().values().iterator().next().boundPort(ListenerName.normalised("EXTERNAL")));
        broker.brokerProperty("advertised.listeners", "EXTERNAL://" + relay.address());
        broker.afterPropertiesSet();
        registry.add("spring.kafka.bootstrap-servers", relay::address);
    }

    /** The application's producer first, while the broker is still there to say goodbye to (else it waits 30 s). */
    @AfterAll
    void producerThenBrokerDown() {
        context.getBean(ProducerFactory.class).reset();
        broker.destroy();
        relay.close();
    }

    @Test
    @Order(1)
    void aBookingDuringABrokerOutageStaysOutstandingAndGoesOutOnceAfterTheBrokerIsBack() {
        TestClinic clinic = new TestClinic(context);
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId());
        relay.cut();
        UUID session = clinic.as("frontdesk", () -> context.getBean(Bookings.class).book(BookingRequest.joint(
                couple.id(), therapist.staffId(), clinic.room().id(), TestClinic.mondayIn(1).atTime(10, 0)))).first().id();

        await().atMost(Duration.ofSeconds(60)).until(() -> publication(session),
                row -> row != null && row.get("last_resubmission_date") != null && row.get("completion_date") == null);

        relay.open();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<ConsumerRecord<String, String>> delivered = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                delivered.addAll(records(consumer));
                return delivered.stream().anyMatch(record -> record.key().equals(session.toString()));
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> externalisation(session) == null);
            delivered.addAll(records(consumer));
            assertThat(delivered).filteredOn(record -> record.key().equals(session.toString()))
                    .as("sent once the broker was back, once, on the bookings' topic").singleElement()
                    .satisfies(record -> assertThat(record.topic()).isEqualTo(SessionBookedMessage.TOPIC));
        }
    }

    @Test
    @Order(2)
    void aCompletedSessionIsOnTheBookedAndCompletedTopicsWithTheDocumentedPayloadAndNothingPersonal() {
        relay.open();
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            UUID session = clinic.completedSession(couple, therapist, true);

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                seen.addAll(records(consumer));
                return seen.stream().filter(record -> record.key().equals(session.toString())).count() == 2;
            });
            List<ConsumerRecord<String, String>> ofTheSession = seen.stream()
                    .filter(record -> record.key().equals(session.toString())).toList();
            assertThat(ofTheSession).extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder(SessionBookedMessage.TOPIC, SessionCompletedMessage.TOPIC);

            JsonNode booked = json(ofTheSession, SessionBookedMessage.TOPIC);
            assertThat(PayloadFields.of(booked)).isEqualTo(PayloadFields.of(SessionBookedMessage.class));
            assertThat(booked.get("version").asInt()).isEqualTo(1);
            assertThat(booked.get("sessionId").asString()).isEqualTo(session.toString());
            assertThat(booked.get("kind").asString()).isEqualTo("JOINT");
            assertThat(booked.get("coupleId").asString()).isEqualTo(couple.id().toString());
            assertThat(booked.get("partnerIds").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder(couple.partnerA().personId().toString(),
                            couple.partnerB().personId().toString());
            assertThat(booked.get("therapistIds").valueStream().map(JsonNode::asString))
                    .containsExactly(therapist.staffId().toString());

            JsonNode completed = json(ofTheSession, SessionCompletedMessage.TOPIC);
            assertThat(PayloadFields.of(completed)).isEqualTo(PayloadFields.of(SessionCompletedMessage.class));
            assertThat(completed.get("joint").asBoolean()).isTrue();
            assertThat(completed.get("start").asString()).isEqualTo(booked.get("start").asString());
            assertThat(completed.get("completedAt").asString()).endsWith("Z");

            for (ConsumerRecord<String, String> record : ofTheSession) {
                String everything = record.value() + Arrays.toString(record.headers().toArray());
                for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
                    assertThat(everything).as("no names, no email").doesNotContain(partner.details().lastName())
                            .doesNotContain(partner.details().firstName())
                            .doesNotContain(String.valueOf(partner.details().email()));
                }
                assertThat(everything).doesNotContain(couple.displayName());
            }
        }
    }

    /** The status of the session's publication to Kafka, or null once it is completed (archived). */
    private String externalisation(UUID session) {
        return jdbc.query("select status from event_publication where listener_id like '%Externaliz%' "
                        + "and serialized_event like ?", rs -> rs.next() ? rs.getString(1) : null,
                "%" + session + "%");
    }

    /** The session's publication to Kafka while it is outstanding, or null. */
    private Map<String, Object> publication(UUID session) {
        List<Map<String, Object>> rows = jdbc.queryForList("select status, completion_attempts, last_resubmission_date, "
                + "completion_date from event_publication where listener_id like '%Externaliz%' and serialized_event like ?",
                "%" + session + "%");
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, relay.address(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = Arrays.stream(TOPICS).map(topic -> new TopicPartition(topic, 0)).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static List<ConsumerRecord<String, String>> records(KafkaConsumer<String, String> consumer) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        consumer.poll(Duration.ofMillis(500)).forEach(found::add);
        return found;
    }

    private static JsonNode json(List<ConsumerRecord<String, String>> records, String topic) {
        String value = records.stream().filter(record -> record.topic().equals(topic)).findFirst().orElseThrow().value();
        return JsonMapper.builder().build().readTree(value);
    }
}
