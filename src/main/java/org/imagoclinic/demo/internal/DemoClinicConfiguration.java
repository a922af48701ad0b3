package org.imagoclinic.demo.internal;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Only where the demo clinic is generated (demo profile, {@code imago.demo.clinic.enabled=true}):
 * the clinic's clock becomes one the generator can move back on its own thread.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "imago.demo.clinic.enabled", havingValue = "true")
class DemoClinicConfiguration {

    @Bean
    @Primary
    TravellingClock demoClinicClock(@Qualifier("clinicClock") Clock real) {
        return new TravellingClock(real);
    }
}
