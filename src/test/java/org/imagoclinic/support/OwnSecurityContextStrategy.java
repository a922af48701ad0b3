package org.imagoclinic.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test method, makes the test's own application context's security-context strategy the
 * global one. Vaadin installs its strategy globally in every context it starts, while each context's
 * filters and method security keep their own: after a module test started a second context, the
 * shared {@link ClinicIntegrationTest} context would otherwise read sign-ins from another holder
 * than the one its security writes to. Also before a class's instance is prepared, for the
 * {@code @BeforeAll} set-up of classes with one instance per class, which runs before any test method.
 * Registered for every test in {@code META-INF/spring.factories}.
 */
public class OwnSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useOwnStrategy(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useOwnStrategy(testContext);
    }

    private static void useOwnStrategy(TestContext testContext) {
        SecurityContextHolderStrategy own = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null && own != SecurityContextHolder.getContextHolderStrategy()) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
