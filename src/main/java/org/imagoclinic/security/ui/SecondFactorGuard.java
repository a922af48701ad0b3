package org.imagoclinic.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.imagoclinic.security.internal.TwoFactorService;
import org.springframework.stereotype.Component;

/**
 * After a right password, sends a person with two-factor sign-in to the code page, and one whose
 * administrator requires it but who has not set it up to the enrolment, before anything else (ADR 0034).
 * Such a sign-in holds no role meanwhile, so this only saves them refusals.
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    private final TwoFactorService twoFactor;

    SecondFactorGuard(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirectIfAwaited));
    }

    private void redirectIfAwaited(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        if (target != SignInCodeView.class && twoFactor.codeAwaited()) {
            event.forwardTo(SignInCodeView.class);
        } else if (target != TwoFactorView.class && twoFactor.enrolmentAwaited()) {
            event.forwardTo(TwoFactorView.class);
        }
    }
}
