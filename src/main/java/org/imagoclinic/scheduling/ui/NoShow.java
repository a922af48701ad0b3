package org.imagoclinic.scheduling.ui;

import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.shared.ui.components.Confirm;

/** The question before a session is recorded as a no-show: once recorded it stays in the couple's attendance. */
final class NoShow {

    private NoShow() {
    }

    static void confirm(Appointment appointment, Runnable record) {
        Confirm.ask("Record " + appointment.coupleName() + " as a no-show?",
                "The session of " + Show.when(appointment.start(), appointment.end()) + " counts as missed in the "
                        + "couple's attendance and in the clinic's reports. It cannot be changed back to attended.",
                "Record no-show", "Don't record", record);
    }
}
