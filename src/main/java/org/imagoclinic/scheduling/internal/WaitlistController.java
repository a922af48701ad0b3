package org.imagoclinic.scheduling.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.SlotOffer;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.scheduling.WaitlistOffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: the waitlist; offering a slot books it (201) with the booking's answers (409, 422). */
@RestController
@RequestMapping("/api/waitlist")
class WaitlistController {

    private final Waitlist waitlist;

    WaitlistController(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @GetMapping
    List<WaitlistEntry> waiting() {
        return waitlist.waiting();
    }

    @PostMapping
    ResponseEntity<WaitlistEntry> add(@RequestBody NewWaitlistEntry entry) {
        WaitlistEntry added = waitlist.add(entry);
        return ResponseEntity.created(URI.create("/api/waitlist/" + added.id())).body(added);
    }

    @PostMapping("/{id}/offer")
    ResponseEntity<Appointment> offer(@PathVariable UUID id, @RequestBody SlotOffer offer) {
        Appointment booked = waitlist.offer(id, offer);
        return ResponseEntity.created(URI.create("/api/appointments/" + booked.id())).body(booked);
    }

    /** Offers of cancelled sessions' slots: open ones and those of the last 30 days, newest first (ADR 0046). */
    @GetMapping("/offers")
    List<WaitlistOffer> offers() {
        return waitlist.offers();
    }

    /** The couple said yes: the slot is booked for them (201), the slot's other offers close. */
    @PostMapping("/offers/{offerId}/accept")
    ResponseEntity<Appointment> accept(@PathVariable UUID offerId) {
        Appointment booked = waitlist.acceptOffer(offerId);
        return ResponseEntity.created(URI.create("/api/appointments/" + booked.id())).body(booked);
    }

    /** The couple said no: the slot is offered to the next couple it fits. */
    @PostMapping("/offers/{offerId}/decline")
    WaitlistOffer decline(@PathVariable UUID offerId) {
        return waitlist.declineOffer(offerId);
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        waitlist.withdraw(id);
        return ResponseEntity.noContent().build();
    }
}
