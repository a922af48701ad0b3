package org.imagoclinic.scheduling.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's scheduling settings: {@code imago.scheduling.late-cancel-notice} (default 24 hours), the
 * notice a client must give so that a cancellation is not late. The time zone is the clinic's
 * ({@code imago.clinic.time-zone}).
 */
@Component
class SchedulingSettings {

    private final Duration lateCancelNotice;

    SchedulingSettings(@Value("${imago.scheduling.late-cancel-notice:24h}") Duration lateCancelNotice) {
        this.lateCancelNotice = lateCancelNotice;
    }

    Duration lateCancelNotice() {
        return lateCancelNotice;
    }
}
