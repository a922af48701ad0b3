package org.imagoclinic.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.OfferAnswer;
import org.imagoclinic.scheduling.WaitlistOfferClosed;
import org.imagoclinic.scheduling.WaitlistSlotOffered;
import org.imagoclinic.scheduling.internal.WaitlistOfferRepository.StoredOffer;
import org.imagoclinic.scheduling.internal.WaitlistRepository.Waiting;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers a cancelled session's slot to the waiting couples it fits (ADR 0046): in waitlist order,
 * {@code imago.scheduling.waitlist-offers.at-once} couples at a time (default 2), each offer open for
 * {@code imago.scheduling.waitlist-offers.lasting} (default 24 hours, never past the slot's start).
 * When an offer is declined, runs out or closes because the couple left the list, the slot goes to the
 * next couple it fits; once it is booked, no one else is offered it. Runs with nobody signed in (after
 * a cancellation, on the timetable) and inside the front desk's calls, which check access themselves.
 */
@Component
class WaitlistOffers {

    /** Who closes an offer that ran out. */
    static final String TIMETABLE = "the clinic's timetable";
    /** The kinds of session whose slot suits a couple's first session. */
    static final Set<AppointmentKind> OFFERED_KINDS = EnumSet.of(AppointmentKind.INTAKE, AppointmentKind.JOINT);

    private final WaitlistRepository waitlist;
    private final WaitlistOfferRepository offers;
    private final AppointmentRepository appointments;
    private final ClinicTime time;
    private final ApplicationEventPublisher events;
    private final int atOnce;
    private final Duration lasting;
    private final ClosureCalendar closures;

    WaitlistOffers(WaitlistRepository waitlist, WaitlistOfferRepository offers, AppointmentRepository appointments,
                   ClinicTime time, ApplicationEventPublisher events, ClosureCalendar closures,
                   @Value("${imago.scheduling.waitlist-offers.at-once:2}") int atOnce,
                   @Value("${imago.scheduling.waitlist-offers.lasting:24h}") Duration lasting) {
        this.waitlist = waitlist;
        this.offers = offers;
        this.appointments = appointments;
        this.time = time;
        this.events = events;
        this.atOnce = atOnce;
        this.lasting = lasting;
        this.closures = closures;
    }

    /** A session was cancelled: its slot goes to the first couples waiting whom it fits. */
    @Transactional
    void slotFreed(UUID appointmentId) {
        offerNext(appointmentId);
    }

    /** Closes the offers that ran out and offers their slots to the next couples; returns how many ran out. */
    @Transactional
    int closeRunOut() {
        List<StoredOffer> runOut = offers.runOut(time.now());
        for (StoredOffer offer : runOut) {
            close(offer, OfferAnswer.EXPIRED, TIMETABLE);
            offerNext(offer.freedAppointmentId());
        }
        return runOut.size();
    }

    /**
     * Tops the slot's open offers up to the batch, unless it was booked, has begun, falls on a day the clinic
     * is closed (a session cancelled because of the closure frees no slot) or suits no one.
     */
    void offerNext(UUID freedAppointmentId) {
        StoredAppointment freed = appointments.findForUpdate(freedAppointmentId).orElse(null);
        Instant now = time.now();
        if (freed == null || !OFFERED_KINDS.contains(freed.kind()) || !freed.start().toInstant().isAfter(now)) {
            return;
        }
        LocalDate day = time.local(freed.start()).toLocalDate();
        if (closures.between(day, day).on(day).isPresent()) {
            return;
        }
        List<StoredOffer> made = offers.ofSlot(freedAppointmentId);
        if (made.stream().anyMatch(offer -> offer.answer() == OfferAnswer.BOOKED)) {
            return;
        }
        long wanted = atOnce - made.stream().filter(offer -> offer.answer() == OfferAnswer.OPEN).count();
        Set<UUID> offeredAlready = made.stream().map(StoredOffer::entryId).collect(Collectors.toSet());
        Instant start = freed.start().toInstant();
        Instant expires = now.plus(lasting).isBefore(start) ? now.plus(lasting) : start;
        for (Waiting entry : waitlist.waiting()) {
            if (wanted <= 0) {
                return;
            }
            if (offeredAlready.contains(entry.id()) || entry.coupleId().equals(freed.coupleId()) || !fits(entry, freed)) {
                continue;
            }
            StoredOffer offer = new StoredOffer(UUID.randomUUID(), entry.id(), entry.coupleId(), freed.id(), start,
                    freed.end().toInstant(), now, expires, OfferAnswer.OPEN, null, null, null);
            offers.insert(offer);
            events.publishEvent(new WaitlistSlotOffered(offer.id(), entry.id(), entry.coupleId(), freed.id(), start,
                    offer.end(), expires));
            wanted--;
        }
    }

    /**
     * The couple left the waitlist: their open offers close (but {@code keep}, the one they said yes
     * to), and those slots go to the next couples.
     */
    void entryLeft(UUID entryId, @Nullable UUID keep, String by) {
        for (StoredOffer offer : offers.openOfEntry(entryId)) {
            if (!offer.id().equals(keep)) {
                close(offer, OfferAnswer.WITHDRAWN, by);
                offerNext(offer.freedAppointmentId());
            }
        }
    }

    /** The slot was booked for one couple: the other couples' open offers of it close. */
    void slotBooked(UUID freedAppointmentId, String by) {
        for (StoredOffer offer : offers.ofSlot(freedAppointmentId)) {
            if (offer.answer() == OfferAnswer.OPEN) {
                close(offer, OfferAnswer.TAKEN, by);
            }
        }
    }

    void close(StoredOffer offer, OfferAnswer answer, String by) {
        close(offer, answer, by, null);
    }

    void close(StoredOffer offer, OfferAnswer answer, String by, @Nullable UUID bookedAppointmentId) {
        offers.answer(offer.id(), answer, time.now(), by, bookedAppointmentId);
        events.publishEvent(new WaitlistOfferClosed(offer.id(), offer.coupleId(), offer.freedAppointmentId(), answer));
    }

    /** Whether the slot suits what the couple said: their therapist, day and hours. */
    private boolean fits(Waiting entry, StoredAppointment slot) {
        LocalDateTime start = time.local(slot.start());
        LocalDateTime end = time.local(slot.end());
        return (entry.preferredTherapistId() == null || slot.hasTherapist(entry.preferredTherapistId()))
                && (entry.days().isEmpty() || entry.days().contains(start.getDayOfWeek()))
                && (entry.earliest() == null || !start.toLocalTime().isBefore(entry.earliest()))
                && (entry.latest() == null || (end.toLocalDate().equals(start.toLocalDate())
                && !end.toLocalTime().isAfter(entry.latest())));
    }
}
