package org.imagoclinic.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the test's own application context's security-context strategy back into the static
 * {@link SecurityContextHolder} before each test class. Vaadin installs a strategy of its own there
 * whenever a context starts, so a module test's context (ADR 0005) would otherwise leave its strategy
 * behind for the shared context, whose method security and filters keep theirs: sign-ins made by
 * tests would then not be seen. Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        prepareTestInstance(testContext);
    }
}
