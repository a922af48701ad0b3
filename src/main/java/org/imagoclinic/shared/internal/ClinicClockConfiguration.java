package org.imagoclinic.shared.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clinic's clock, in the clinic's time zone ({@code imago.clinic.time-zone}, default the
 * server's). Services take the time from it so tests can move it.
 */
@Configuration(proxyBeanMethods = false)
class ClinicClockConfiguration {

    @Bean
    Clock clinicClock(@Value("${imago.clinic.time-zone:}") String zone) {
        return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
    }
}
