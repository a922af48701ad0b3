package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * Couples waiting for a first slot, most urgent first, then longest waiting. The front desk,
 * therapists and supervisors keep it (audited); offering a slot books it and takes the couple off
 * the list in one transaction.
 */
public interface Waitlist {

    /** Everyone waiting, most urgent first, then longest waiting. */
    List<WaitlistEntry> waiting();

    /**
     * Puts a couple on the list.
     *
     * @throws org.imagoclinic.shared.ConflictException when the couple is already waiting
     */
    WaitlistEntry add(NewWaitlistEntry entry);

    /** Books the slot for the couple (all the booking rules apply) and takes them off the list. */
    Appointment offer(UUID entryId, SlotOffer offer);

    /** Takes a couple off the list without booking. */
    void withdraw(UUID entryId);
}
