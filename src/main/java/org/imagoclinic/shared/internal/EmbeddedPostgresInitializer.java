package org.imagoclinic.shared.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Zero-setup PostgreSQL (ADR 0002): when no {@code spring.datasource.url} is configured, starts
 * real PostgreSQL binaries from Maven Central and points the datasource at them.
 *
 * <p>{@code imago.embedded-database.mode}: {@code persistent} (default) keeps the data in
 * {@code imago.embedded-database.data-dir} (default {@code data/postgres} under the working
 * directory) so a restart keeps it; {@code ephemeral} (tests) shares one throw-away server per JVM
 * and gives every application context a fresh database of its own (ADR 0005).
 * {@code imago.embedded-database.enabled=false} turns it off. In persistent mode,
 * {@code imago.embedded-database.shared-buffers} and {@code …maintenance-work-mem} set PostgreSQL's
 * memory (its defaults, 128 MB and 64 MB, suit the demo clinic, not the scale data's indexes).
 * The persistent server starts beside the application's own start-up, not before it; the
 * datasource waits for it ({@link PostgresStartingInBackground}).
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String TRAINING_RUN = "onRefresh";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("imago.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        String mode = environment.getProperty("imago.embedded-database.mode", "persistent");
        String url;
        if ("ephemeral".equals(mode)) {
            EphemeralPostgres.Lease lease = EphemeralPostgres.lease();
            url = lease.jdbcUrl();
            stopAfterEverythingElse(context, lease::release);
        } else {
            String dataDir = environment.getProperty("imago.embedded-database.data-dir", "data/postgres");
            int port = environment.getProperty("imago.embedded-database.port", Integer.class, 0);
            PostgresStartingInBackground postgres = PostgresStartingInBackground.start(
                    dataDir, port > 0 ? port : PostgresStartingInBackground.freePort(), serverConfig(environment));
            url = postgres.jdbcUrl();
            context.getBeanFactory().addBeanPostProcessor(postgres.dataSourcesWaitForIt());
            stopAfterEverythingElse(context, postgres::stop);
            if (TRAINING_RUN.equalsIgnoreCase(SpringProperties.getProperty("spring.context.exit"))) {
                stopBeforeTheTrainingRunHalts(context, postgres::stop);
            }
        }
        // the application as the runtime role, the migrations as the owner (ADR 0034)
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres",
                EmbeddedDatabaseRoles.properties(url)));
    }

    private static Map<String, String> serverConfig(ConfigurableEnvironment environment) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String setting : List.of("shared_buffers", "maintenance_work_mem")) {
            String value = environment.getProperty("imago.embedded-database." + setting.replace('_', '-'));
            if (StringUtils.hasText(value)) {
                config.put(setting, value);
            }
        }
        return config;
    }

    /**
     * A training run for the JVM's AOT cache ({@code -Dspring.context.exit=onRefresh}, ADR 0018)
     * halts the JVM once the context is refreshed, without closing it; the database would be left
     * running and hold its data folder. Stops it as the last thing before that: a bean registered
     * after all the others, whose callback comes once every singleton is ready.
     */
    private static void stopBeforeTheTrainingRunHalts(ConfigurableApplicationContext context, DisposableBean stop) {
        context.addBeanFactoryPostProcessor(beanFactory -> ((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(
                "embeddedPostgresStopBeforeTrainingRunHalts", BeanDefinitionBuilder.genericBeanDefinition(
                        SmartInitializingSingleton.class, () -> () -> {
                            try {
                                stop.destroy();
                            } catch (Exception e) {
                                throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
                            }
                        }).getBeanDefinition()));
    }

    /**
     * Disposable beans are destroyed in the reverse order of their registration; registered
     * before any other bean, the database goes last, after the event publication registry and the
     * connection pool have finished with it.
     */
    private static void stopAfterEverythingElse(ConfigurableApplicationContext context, DisposableBean stop) {
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("embeddedPostgres", stop);
        } else {
            throw new IllegalStateException("Cannot tie the embedded PostgreSQL to " + context);
        }
    }
}
