package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * Couples waiting for a first slot, most urgent first, then longest waiting. The front desk,
 * therapists and supervisors keep it (audited); offering a slot books it and takes the couple off
 * the list in one transaction. A cancelled session's slot is offered by message to the couples it
 * fits, in waitlist order (ADR 0046): the front desk records their answer here.
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

    /**
     * The next free slots for the couple's intake session, soonest first, at most {@code count} in the
     * next four weeks: on the days and between the times that suit them, inside their preferred
     * therapist's working hours (anyone's, without a preference) and outside time off, with the
     * therapist, the couple and a room free. Offering one books it with {@link #offer}.
     */
    List<SuggestedSlot> suggestions(UUID entryId, int count);

    /** Books the slot for the couple (all the booking rules apply) and takes them off the list. */
    Appointment offer(UUID entryId, SlotOffer offer);

    /** Takes a couple off the list without booking. */
    void withdraw(UUID entryId);

    /** Offers of freed slots: those still open and those of the last 30 days, newest first. */
    List<WaitlistOffer> offers();

    /**
     * The couple said yes: books the offered slot for them (all the booking rules apply), takes them
     * off the list and closes the slot's other offers.
     *
     * @throws org.imagoclinic.shared.ConflictException when the offer is no longer open
     */
    Appointment acceptOffer(UUID offerId);

    /**
     * The couple said no: the slot is offered to the next couple it fits.
     *
     * @throws org.imagoclinic.shared.ConflictException when the offer is no longer open
     */
    WaitlistOffer declineOffer(UUID offerId);
}
