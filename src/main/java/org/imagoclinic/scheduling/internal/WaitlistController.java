package org.imagoclinic.scheduling.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.SlotOffer;
import org.imagoclinic.scheduling.SuggestedSlot;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.scheduling.WaitlistOffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: the waitlist; offering a slot books it (201) with the booking's answers (409, 422). */
@Tag(name = "Waitlist", description = "Couples waiting for a slot, and the slots offered to them")
@RestController
@RequestMapping("/api/waitlist")
class WaitlistController {

    private final Waitlist waitlist;

    WaitlistController(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Operation(operationId = "listWaitlist", summary = "List the couples waiting")
    @GetMapping
    List<WaitlistEntry> waiting() {
        return waitlist.waiting();
    }

    @Operation(operationId = "addToWaitlist", summary = "Put a couple on the waitlist")
    @PostMapping
    ResponseEntity<WaitlistEntry> add(@RequestBody NewWaitlistEntry entry) {
        WaitlistEntry added = waitlist.add(entry);
        return ResponseEntity.created(URI.create("/api/waitlist/" + added.id())).body(added);
    }

    @Operation(operationId = "suggestWaitlistSlots", summary = "Suggest the next free slots that suit a waiting couple")
    @GetMapping("/{id}/suggestions")
    List<SuggestedSlot> suggestions(@PathVariable UUID id, @RequestParam(defaultValue = "5") int count) {
        return waitlist.suggestions(id, count);
    }

    @Operation(operationId = "bookWaitlistOffer", summary = "Book the slot a waiting couple accepted")
    @PostMapping("/{id}/offer")
    ResponseEntity<Appointment> offer(@PathVariable UUID id, @RequestBody SlotOffer offer) {
        Appointment booked = waitlist.offer(id, offer);
        return ResponseEntity.created(URI.create("/api/appointments/" + booked.id())).body(booked);
    }

    @Operation(operationId = "listWaitlistOffers", summary = "List the cancelled slots offered to waiting couples",
            description = "Open offers and those of the last 30 days, newest first.")
    @GetMapping("/offers")
    List<WaitlistOffer> offers() {
        return waitlist.offers();
    }

    @Operation(operationId = "acceptWaitlistOffer", summary = "Book the offered slot for the couple who said yes",
            description = "The slot's other offers close.")
    @PostMapping("/offers/{offerId}/accept")
    ResponseEntity<Appointment> accept(@PathVariable UUID offerId) {
        Appointment booked = waitlist.acceptOffer(offerId);
        return ResponseEntity.created(URI.create("/api/appointments/" + booked.id())).body(booked);
    }

    @Operation(operationId = "declineWaitlistOffer", summary = "Record that the couple said no; the slot goes to the next couple it fits")
    @PostMapping("/offers/{offerId}/decline")
    WaitlistOffer decline(@PathVariable UUID offerId) {
        return waitlist.declineOffer(offerId);
    }

    @Operation(operationId = "withdrawFromWaitlist", summary = "Take a couple off the waitlist")
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        waitlist.withdraw(id);
        return ResponseEntity.noContent().build();
    }
}
