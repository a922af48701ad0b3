package org.imagoclinic.billing.internal;

import org.imagoclinic.scheduling.SessionCompleted;
import org.springframework.context.ApplicationContext;

/** Charges for tests of other packages, made here and now as billing's listener makes them after commit. */
public final class TestCharges {

    private TestCharges() {
    }

    public static void heard(ApplicationContext context, SessionCompleted session) {
        new SessionChargeListener(context.getBean(SessionCharges.class)).on(session);
    }
}
