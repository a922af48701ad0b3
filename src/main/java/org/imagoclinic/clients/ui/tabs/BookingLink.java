package org.imagoclinic.clients.ui.tabs;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The link that opens the calendar's booking dialog on a couple, on their own therapist's week: the
 * couple's page offers it wherever it says a session can be booked.
 */
public final class BookingLink {

    private BookingLink() {
    }

    /** {@code calendar?book=<couple id>&therapist=<staff id>}, the therapist left out when there is none. */
    public static String to(UUID coupleId, @Nullable UUID therapistId) {
        return "calendar?book=" + coupleId + (therapistId == null ? "" : "&therapist=" + therapistId);
    }
}
