package org.imagoclinic.support;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clinic-wide settings as a new clinic has them. Tests that call every endpoint (the access
 * matrix, the hostile-input and Accept-header sweeps) may change a setting on the way, e.g. require a
 * treatment consent before a first session; they put the defaults back afterwards so that the tests
 * after them, in the same shared context, book as a new clinic would: no closure days either (an
 * administrator's plausible closure may have been added on the way).
 */
public final class ClinicDefaults {

    private ClinicDefaults() {
    }

    public static void restore(ApplicationContext context) {
        context.getBean(JdbcTemplate.class)
                .update("update scheduling.booking_rules set treatment_consent_before_first_session = false");
        context.getBean(JdbcTemplate.class).update("delete from scheduling.closure_day");
    }
}
