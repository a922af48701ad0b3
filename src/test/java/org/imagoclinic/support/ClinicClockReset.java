package org.imagoclinic.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every test class starts at the pinned instant ({@link TestClinicClock#start()}), whatever the
 * classes before it did to the clock or however long they took. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class ClinicClockReset extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        TestClinicClock.reset();
    }
}
