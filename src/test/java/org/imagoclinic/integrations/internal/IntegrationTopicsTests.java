package org.imagoclinic.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.billing.InvoiceIssued;
import org.imagoclinic.billing.Money;
import org.imagoclinic.integrations.InvoiceIssuedMessage;
import org.imagoclinic.integrations.MeasureCompletedMessage;
import org.imagoclinic.integrations.PayloadFields;
import org.imagoclinic.integrations.SessionBookedMessage;
import org.imagoclinic.integrations.SessionCancelledMessage;
import org.imagoclinic.integrations.SessionCompletedMessage;
import org.imagoclinic.integrations.SessionMissedMessage;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionScheduled;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which events leave the clinic, on which topic and key, as what: and that docs/integrations.md says so. */
class IntegrationTopicsTests {

    static final UUID SESSION = UUID.randomUUID();
    static final UUID COUPLE = UUID.randomUUID();
    static final UUID PARTNER_A = UUID.randomUUID();
    static final UUID PARTNER_B = UUID.randomUUID();
    static final UUID EPISODE = UUID.randomUUID();
    static final UUID THERAPIST = UUID.randomUUID();
    static final Instant START = Instant.parse("2026-12-14T10:00:00Z");
    static final Instant END = Instant.parse("2026-12-14T11:30:00Z");
    static final List<UUID> PARTNERS = List.of(PARTNER_A, PARTNER_B);

    @Test
    void eachChosenEventGoesToItsTopicKeyedByWhatItIsAboutAsItsMessage() {
        UUID administration = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put(new SessionScheduled(SESSION, AppointmentKind.JOINT, COUPLE, PARTNERS, EPISODE, List.of(THERAPIST),
                START, END, null), new SessionBookedMessage(1, SESSION, "JOINT", COUPLE, PARTNERS, List.of(THERAPIST), START, END));
        expected.put(new SessionCompleted(SESSION, AppointmentKind.INDIVIDUAL, COUPLE, List.of(PARTNER_A), EPISODE,
                        List.of(THERAPIST), START, END, false, END),
                new SessionCompletedMessage(1, SESSION, "INDIVIDUAL", COUPLE, List.of(PARTNER_A), List.of(THERAPIST), START,
                        END, false, END));
        expected.put(new SessionMissed(SESSION, AppointmentKind.JOINT, COUPLE, PARTNERS, EPISODE, List.of(THERAPIST), START,
                END, START), new SessionMissedMessage(1, SESSION, "JOINT", COUPLE, PARTNERS, List.of(THERAPIST), START, END, START));
        expected.put(new SessionCancelled(SESSION, AppointmentKind.JOINT, COUPLE, PARTNERS, EPISODE, List.of(THERAPIST), START,
                        END, CancelledBy.CLIENT, true, "Our son is in hospital"),
                new SessionCancelledMessage(1, SESSION, "JOINT", COUPLE, PARTNERS, List.of(THERAPIST), START, END, "CLIENT", true));
        expected.put(new MeasureCompleted(administration, COUPLE, PARTNER_A, null, "CSI-16", 41, true, LocalDate.of(2026, 12, 7)),
                new MeasureCompletedMessage(1, administration, COUPLE, PARTNER_A, null, "CSI-16", LocalDate.of(2026, 12, 7)));
        expected.put(new InvoiceIssued(invoice, "2026-0042", COUPLE, LocalDate.of(2026, 12, 7), Money.of("240"), "GBP"),
                new InvoiceIssuedMessage(1, invoice, "2026-0042", COUPLE, LocalDate.of(2026, 12, 7), "240.00", "GBP"));
        Map<Class<?>, String> topics = Map.of(SessionBookedMessage.class, SessionBookedMessage.TOPIC,
                SessionCompletedMessage.class, SessionCompletedMessage.TOPIC, SessionMissedMessage.class, SessionMissedMessage.TOPIC,
                SessionCancelledMessage.class, SessionCancelledMessage.TOPIC, MeasureCompletedMessage.class,
                MeasureCompletedMessage.TOPIC, InvoiceIssuedMessage.class, InvoiceIssuedMessage.TOPIC);

        expected.forEach((event, message) -> {
            assertThat(IntegrationTopics.leaves(event)).as("%s leaves", event.getClass().getSimpleName()).isTrue();
            assertThat(IntegrationTopics.message(event)).isEqualTo(message);
            RoutingTarget target = IntegrationTopics.target(event);
            assertThat(target.getTarget()).isEqualTo(topics.get(message.getClass()));
            assertThat(target.getKey()).isIn(SESSION.toString(), administration.toString(), invoice.toString());
        });
        assertThat(IntegrationTopics.leaves(new SessionCheckedIn(SESSION, AppointmentKind.JOINT, COUPLE, PARTNERS, EPISODE,
                List.of(THERAPIST), START, END, START)))
                .as("any other event stays inside").isFalse();
    }

    @Test
    void theDocumentedExamplesHaveExactlyEachMessagesFieldsAsJacksonWritesThem() throws IOException {
        String docs = Files.readString(Path.of("docs", "integrations.md"));
        Matcher examples = Pattern.compile("### `([a-z.]+)`.*?```json\\n(.*?)```", Pattern.DOTALL).matcher(docs);
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        while (examples.find()) {
            documented.put(examples.group(1), PayloadFields.of(json.readTree(examples.group(2))));
        }
        Map<String, Class<? extends Record>> messages = Map.of(SessionBookedMessage.TOPIC, SessionBookedMessage.class,
                SessionCompletedMessage.TOPIC, SessionCompletedMessage.class, SessionMissedMessage.TOPIC, SessionMissedMessage.class,
                SessionCancelledMessage.TOPIC, SessionCancelledMessage.class, MeasureCompletedMessage.TOPIC,
                MeasureCompletedMessage.class, InvoiceIssuedMessage.TOPIC, InvoiceIssuedMessage.class);

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(messages.keySet());
        messages.forEach((topic, message) -> assertThat(documented.get(topic)).as(topic).isEqualTo(PayloadFields.of(message)));
        assertThat(PayloadFields.of(json.valueToTree(new MeasureCompletedMessage(1, SESSION, COUPLE, PARTNER_A, null, "CSI-16",
                LocalDate.of(2026, 12, 7))))).as("Jackson writes the record's components, no more")
                .isEqualTo(PayloadFields.of(MeasureCompletedMessage.class));
    }
}
