package org.imagoclinic.security.ui;

import org.imagoclinic.shared.DatabaseOutage;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.imagoclinic.security.internal.AccountService;
import org.springframework.stereotype.Component;

/** Sends a user who signed in with a one-time password to choose their own before anything else. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirectIfRequired));
    }

    private void redirectIfRequired(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && passwordChangeRequired()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    /** With the database out of reach, let the page itself say so rather than fail navigation here. */
    private boolean passwordChangeRequired() {
        try {
            return accounts.passwordChangeRequired();
        } catch (RuntimeException failure) {
            if (DatabaseOutage.explains(failure)) {
                return false;
            }
            throw failure;
        }
    }
}
