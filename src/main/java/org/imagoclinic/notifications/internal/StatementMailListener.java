package org.imagoclinic.notifications.internal;

import org.imagoclinic.billing.StatementEmailRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears that the front desk asked for a monthly statement to be emailed, puts one message per paying
 * partner in the outbox and sends them at once: the front desk is with the couple or on the phone.
 * What fails stays in the outbox for its recurring run.
 */
@Component
class StatementMailListener {

    private final StatementMail statements;
    private final Dispatcher dispatcher;

    StatementMailListener(StatementMail statements, Dispatcher dispatcher) {
        this.statements = statements;
        this.dispatcher = dispatcher;
    }

    @ApplicationModuleListener
    void on(StatementEmailRequested requested) {
        statements.plan(requested).forEach(dispatcher::deliverNow);
    }
}
