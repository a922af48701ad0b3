package org.imagoclinic.bench;

import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * An event with one listener that does nothing, for {@code EventThroughputBenchmark
 * -Dbench.event=probe}: what is left is the JDBC publication registry's own work per event (the
 * publication's insert in the publishing transaction; its processing mark, archiving and delete
 * around the listener's transaction). It measures the registry's ceiling on this machine, beside
 * what the clinic's real events cost.
 */
record RegistryProbe(UUID id, long sequence) {

    /** Registers {@link Listener} in the benchmark's application before it starts. */
    static ApplicationContextInitializer<GenericApplicationContext> listener() {
        return context -> context.registerBean(Listener.class);
    }

    /** The probe's only listener: returns at once, in the transaction the registry opens for it. */
    static class Listener {

        @ApplicationModuleListener
        void on(RegistryProbe probe) {
            // nothing: the registry's work around this call is what the probe measures
        }
    }
}
