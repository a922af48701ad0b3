package org.imagoclinic.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.imagoclinic.shared.ui.components.ClinicFormat;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every screen uses the clinic's locale ({@code imago.clinic.locale}, default {@code en-GB}), not the
 * browser's: date pickers read and show days the same way on every desk (day first, weeks from Monday),
 * and every date written on a screen is in the same style ({@link ClinicFormat}).
 */
@org.springframework.stereotype.Component
class ClinicLocale implements VaadinServiceInitListener {

    private final Locale locale;

    ClinicLocale(@Value("${imago.clinic.locale:en-GB}") String languageTag) {
        this.locale = Locale.forLanguageTag(languageTag);
        ClinicFormat.useClinicLocale(locale);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(locale));
    }

    Locale locale() {
        return locale;
    }
}
