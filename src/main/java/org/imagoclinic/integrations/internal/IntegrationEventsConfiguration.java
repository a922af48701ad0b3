package org.imagoclinic.integrations.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * Spring Modulith's event externalisation told which events go out, as what and where
 * ({@link IntegrationTopics}); without this bean it would send every event type annotated
 * {@code @Externalized}, and we annotate none. Only when externalisation is switched on (ADR 0064).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.modulith.events.externalization.enabled", havingValue = "true")
class IntegrationEventsConfiguration {

    @Bean
    EventExternalizationConfiguration integrationEvents() {
        return EventExternalizationConfiguration.externalizing()
                .select(IntegrationTopics::leaves)
                .mapping(IntegrationTopics::message)
                .routeAll(IntegrationTopics::target)
                .build();
    }
}
