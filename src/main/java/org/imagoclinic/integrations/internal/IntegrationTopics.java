package org.imagoclinic.integrations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.billing.InvoiceIssued;
import org.imagoclinic.integrations.InvoiceIssuedMessage;
import org.imagoclinic.integrations.MeasureCompletedMessage;
import org.imagoclinic.integrations.SessionBookedMessage;
import org.imagoclinic.integrations.SessionCancelledMessage;
import org.imagoclinic.integrations.SessionCompletedMessage;
import org.imagoclinic.integrations.SessionMissedMessage;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionScheduled;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which domain events leave the clinic, on which topic, under which key and as which message
 * (ADR 0064). Every other event stays inside.
 */
final class IntegrationTopics {

    /** One event type on its topic. */
    record Topic<E>(Class<E> event, String name, Function<E, UUID> key, Function<E, Object> message) {

        Optional<E> of(Object candidate) {
            return event.isInstance(candidate) ? Optional.of(event.cast(candidate)) : Optional.empty();
        }

        RoutingTarget target(E chosen) {
            return RoutingTarget.forTarget(name).andKey(key.apply(chosen).toString());
        }
    }

    static final List<Topic<?>> TOPICS = List.of(
            new Topic<>(SessionScheduled.class, SessionBookedMessage.TOPIC, SessionScheduled::appointmentId,
                    e -> new SessionBookedMessage(SessionBookedMessage.VERSION, e.appointmentId(), e.kind().name(),
                            e.coupleId(), e.personIds(), e.therapistIds(), e.start(), e.end())),
            new Topic<>(SessionCompleted.class, SessionCompletedMessage.TOPIC, SessionCompleted::appointmentId,
                    e -> new SessionCompletedMessage(SessionCompletedMessage.VERSION, e.appointmentId(),
                            e.kind().name(), e.coupleId(), e.personIds(), e.therapistIds(), e.start(), e.end(),
                            e.joint(), e.completedAt())),
            new Topic<>(SessionMissed.class, SessionMissedMessage.TOPIC, SessionMissed::appointmentId,
                    e -> new SessionMissedMessage(SessionMissedMessage.VERSION, e.appointmentId(), e.kind().name(),
                            e.coupleId(), e.personIds(), e.therapistIds(), e.start(), e.end(), e.recordedAt())),
            new Topic<>(SessionCancelled.class, SessionCancelledMessage.TOPIC, SessionCancelled::appointmentId,
                    e -> new SessionCancelledMessage(SessionCancelledMessage.VERSION, e.appointmentId(),
                            e.kind().name(), e.coupleId(), e.personIds(), e.therapistIds(), e.start(), e.end(),
                            e.by().name(), e.late())),
            new Topic<>(MeasureCompleted.class, MeasureCompletedMessage.TOPIC, MeasureCompleted::administrationId,
                    e -> new MeasureCompletedMessage(MeasureCompletedMessage.VERSION, e.administrationId(),
                            e.coupleId(), e.partnerId(), e.episodeId(), e.instrumentCode(), e.administeredOn())),
            new Topic<>(InvoiceIssued.class, InvoiceIssuedMessage.TOPIC, InvoiceIssued::invoiceId,
                    e -> new InvoiceIssuedMessage(InvoiceIssuedMessage.VERSION, e.invoiceId(), e.number(),
                            e.coupleId(), e.issuedOn(), e.total().amount().toPlainString(), e.currency())));

    private IntegrationTopics() {
    }

    static boolean leaves(Object event) {
        return TOPICS.stream().anyMatch(topic -> topic.event().isInstance(event));
    }

    static Object message(Object event) {
        return TOPICS.stream().flatMap(topic -> message(topic, event).stream()).findFirst().orElseThrow();
    }

    static RoutingTarget target(Object event) {
        return TOPICS.stream().flatMap(topic -> target(topic, event).stream()).findFirst().orElseThrow();
    }

    private static <E> Optional<Object> message(Topic<E> topic, Object event) {
        return topic.of(event).map(topic.message());
    }

    private static <E> Optional<RoutingTarget> target(Topic<E> topic, Object event) {
        return topic.of(event).map(topic::target);
    }
}
