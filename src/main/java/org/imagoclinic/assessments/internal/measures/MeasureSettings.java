package org.imagoclinic.assessments.internal.measures;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's measure settings: {@code imago.measures.every-nth-session} (default 4), after how
 * many completed joint sessions a review measure falls due, and {@code imago.measures.kiosk-link-validity}
 * (default 30 minutes), how long a kiosk link opens its form.
 */
@Component
class MeasureSettings {

    private final int everyNthSession;
    private final Duration kioskLinkValidity;

    MeasureSettings(@Value("${imago.measures.every-nth-session:4}") int everyNthSession,
                    @Value("${imago.measures.kiosk-link-validity:30m}") Duration kioskLinkValidity) {
        if (everyNthSession < 1) {
            throw new IllegalArgumentException("imago.measures.every-nth-session must be at least 1");
        }
        this.everyNthSession = everyNthSession;
        this.kioskLinkValidity = kioskLinkValidity;
    }

    int everyNthSession() {
        return everyNthSession;
    }

    Duration kioskLinkValidity() {
        return kioskLinkValidity;
    }
}
