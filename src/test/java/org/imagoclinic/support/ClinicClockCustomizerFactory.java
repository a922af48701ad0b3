package org.imagoclinic.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Puts every test context on the {@link TestClinicClock}: the application's {@code clinicClock} bean
 * keeps its zone but reads the test timeline, and the clinic's zone is {@value #TEST_ZONE} unless
 * the test (or {@code -Dimago.clinic.time-zone}) names another, so that "today" and "this morning"
 * never depend on the machine's time zone either. Registered in {@code META-INF/spring.factories}.
 */
public final class ClinicClockCustomizerFactory implements ContextCustomizerFactory {

    /** The clinic's zone in tests: one with summer time, so that its changes can be tested. */
    public static final String TEST_ZONE = "Europe/London";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new OnTestClock();
    }

    private static final class OnTestClock implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources()
                    .addLast(new MapPropertySource("testClinicZone", Map.of("imago.clinic.time-zone", TEST_ZONE)));
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return "clinicClock".equals(beanName) && bean instanceof Clock clock
                            ? TestClinicClock.in(clock.getZone())
                            : bean;
                }
            });
        }

        // every context gets the same customisation, so it must not split the context cache
        @Override
        public boolean equals(Object other) {
            return other instanceof OnTestClock;
        }

        @Override
        public int hashCode() {
            return OnTestClock.class.hashCode();
        }
    }
}
