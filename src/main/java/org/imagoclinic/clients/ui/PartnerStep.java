package org.imagoclinic.clients.ui;

import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerSlot;
import org.jspecify.annotations.Nullable;

/**
 * A partner step of the intake: the form, and the answer to the confirm step (link a known person,
 * or a different person). Changing the name, date of birth or email asks the question again.
 */
class PartnerStep {

    final PartnerSlot slot;
    final PartnerForm form;
    private @Nullable UUID linkedPersonId;
    private boolean confirmedNew;

    PartnerStep(PartnerSlot slot, Clock clock) {
        this.slot = slot;
        this.form = new PartnerForm(clock);
        form.firstName.addValueChangeListener(change -> forget());
        form.lastName.addValueChangeListener(change -> forget());
        form.dateOfBirth.addValueChangeListener(change -> forget());
        form.email.addValueChangeListener(change -> forget());
    }

    /** Whether the confirm step has been answered (or not needed). */
    boolean decided() {
        return linkedPersonId != null || confirmedNew;
    }

    void linkTo(UUID personId) {
        linkedPersonId = personId;
        confirmedNew = false;
    }

    void confirmNew() {
        linkedPersonId = null;
        confirmedNew = true;
    }

    @Nullable UUID linkedPersonId() {
        return linkedPersonId;
    }

    NewPartner partner() {
        return new NewPartner(linkedPersonId, form.details(), confirmedNew);
    }

    String title() {
        return "Partner " + slot;
    }

    private void forget() {
        linkedPersonId = null;
        confirmedNew = false;
    }
}
