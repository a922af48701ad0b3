package org.imagoclinic.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes the JVM-wide {@link SecurityContextHolder} use the security context
 * strategy of that test's own application context.
 *
 * <p>Vaadin installs its {@code VaadinAwareSecurityContextHolderStrategy}, which keeps the context in
 * a thread-local of its own, as the global strategy whenever an application context starts. When a
 * second context starts in the same test JVM (a module test beside the shared
 * {@link ClinicIntegrationTest} context), the first context's filters keep writing to their own
 * strategy while {@code SecurityContextHolder.getContext()} reads the newer one: signed-in requests
 * then look anonymous or like someone else. Production runs one context and never sees this.
 * Registered in {@code META-INF/spring.factories}; runs after the context is loaded and before
 * Spring Security's {@code @WithMockUser} support fills the context.
 */
public class SecurityContextStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 2500;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
