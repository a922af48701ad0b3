package org.imagoclinic.scheduling.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.OfferAnswer;
import org.imagoclinic.scheduling.SessionPlaces;
import org.imagoclinic.scheduling.WaitlistOffer;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.SlotOffer;
import org.imagoclinic.scheduling.SuggestedSlot;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.scheduling.WaitlistExit;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waitlist: kept by the front desk and administrators for everyone, by a therapist or supervisor for
 * the couples that prefer them (or a supervisee) or are in their care (ADR 0011, 0044); offering a slot books it.
 */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class WaitlistService implements Waitlist {

    private final WaitlistRepository waitlist;
    private final Bookings bookings;
    private final BookingEligibility couples;
    private final SchedulingAccess access;
    private final AuditTrail audit;
    private final ClinicTime time;
    private final ApplicationEventPublisher events;
    private final TherapistProfiles therapists;
    private final WaitlistOffers slotOffers;
    private final WaitlistOfferRepository offers;
    private final AppointmentRepository appointments;
    private final SessionPlaces places;
    private final WaitlistSlots slots;

    WaitlistService(WaitlistRepository waitlist, Bookings bookings, BookingEligibility couples, SchedulingAccess access,
                    AuditTrail audit, ClinicTime time, ApplicationEventPublisher events, TherapistProfiles therapists,
                    WaitlistOffers slotOffers, WaitlistOfferRepository offers, AppointmentRepository appointments,
                    SessionPlaces places, WaitlistSlots slots) {
        this.slots = slots;
        this.slotOffers = slotOffers;
        this.offers = offers;
        this.appointments = appointments;
        this.places = places;
        this.events = events;
        this.therapists = therapists;
        this.waitlist = waitlist;
        this.bookings = bookings;
        this.couples = couples;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitlistEntry> waiting() {
        Map<UUID, String> names = new HashMap<>();
        return waitlist.waiting().stream()
                .filter(entry -> access.maySeeWaiting(entry.coupleId(), entry.preferredTherapistId())).map(entry -> new WaitlistEntry(entry.id(), entry.coupleId(),
                names.computeIfAbsent(entry.coupleId(), couples::displayName), entry.preferredTherapistId(),
                entry.days().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(entry.days()),
                entry.earliest(), entry.latest(), entry.priority(), entry.note(), entry.addedAt().toInstant(),
                entry.addedBy())).toList();
    }

    @Override
    @Transactional
    public WaitlistEntry add(NewWaitlistEntry entry) {
        if (entry == null || entry.coupleId() == null) {
            throw new InvalidInputException("coupleId", "Choose the couple.");
        }
        InputLimits.requireText("note", entry.note(), InputLimits.LINE);
        if (entry.earliest() != null && entry.latest() != null && !entry.latest().isAfter(entry.earliest())) {
            throw new InvalidInputException("latest", "The latest time must be after the earliest.");
        }
        if (entry.preferredTherapistId() != null) {
            therapists.whyNotBookable(entry.preferredTherapistId()).ifPresent(why -> {
                throw new InvalidInputException("preferredTherapistId", why);
            });
        }
        UUID id = UUID.randomUUID();
        access.requireMaySeeWaiting(id, entry.coupleId(), entry.preferredTherapistId(), AuditAction.CREATE);
        String name = couples.displayName(entry.coupleId());
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        try {
            waitlist.insert(new WaitlistRepository.Waiting(id, entry.coupleId(), entry.preferredTherapistId(),
                    entry.days() == null ? List.of() : entry.days().stream().sorted().toList(), entry.earliest(),
                    entry.latest(), entry.priority() == null ? Priority.NORMAL : entry.priority(),
                    entry.note() == null || entry.note().isBlank() ? null : entry.note().strip(), now, access.myName()));
        } catch (DuplicateKeyException waitingAlready) {
            throw new ConflictException(name + " are already on the waitlist.");
        }
        audit.record(new AuditRecord(AuditAction.CREATE, "WaitlistEntry", id.toString(), entry.coupleId(),
                AuditOutcome.ALLOWED, "put on the waitlist"));
        events.publishEvent(new CoupleWaitlisted(id, entry.coupleId(), now.toLocalDate(),
                entry.priority() == null ? Priority.NORMAL : entry.priority(), entry.preferredTherapistId()));
        return waiting().stream().filter(waiting -> waiting.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SuggestedSlot> suggestions(UUID entryId, int count) {
        WaitlistRepository.Waiting entry = waitlist.waiting().stream().filter(waiting -> waiting.id().equals(entryId))
                .findFirst().orElseThrow(() -> new NotFoundException("Nobody is waiting under this id."));
        access.requireMaySeeWaiting(entryId, entry.coupleId(), entry.preferredTherapistId(), AuditAction.VIEW);
        if (count < 1 || count > 20) {
            throw new InvalidInputException("count", "Ask for between 1 and 20 slots.");
        }
        return slots.suggest(entry, count);
    }

    @Override
    @Transactional
    public Appointment offer(UUID entryId, SlotOffer offer) {
        return book(entryId, offer, null);
    }

    private Appointment book(UUID entryId, SlotOffer offer, @Nullable UUID offerSaidYesTo) {
        WaitlistRepository.Waiting entry = waitlist.openForUpdate(entryId)
                .orElseThrow(() -> new NotFoundException("Nobody is waiting under this id."));
        access.requireMaySeeWaiting(entryId, entry.coupleId(), entry.preferredTherapistId(), AuditAction.UPDATE);
        if (offer == null) {
            throw new InvalidInputException("start", "Choose the slot to offer.");
        }
        UUID therapist = offer.therapistId() != null ? offer.therapistId() : entry.preferredTherapistId();
        BookingRequest request = new BookingRequest(offer.kind() == null ? AppointmentKind.INTAKE : offer.kind(),
                entry.coupleId(), null, therapist, null, offer.telehealthOffered() ? null : offer.roomId(), offer.start(), null,
                offer.durationMinutes(), offer.telehealthOffered(), offer.meetingLink(), null, null, null,
                offer.hoursOverrideReason());
        Appointment booked = bookings.book(request).first();
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        waitlist.close(entryId, "BOOKED", booked.id(), now);
        left(entry, now, WaitlistExit.SLOT_BOOKED, booked.id());
        slotOffers.entryLeft(entryId, offerSaidYesTo, access.myName());
        audit.record(new AuditRecord(AuditAction.UPDATE, "WaitlistEntry", entryId.toString(), entry.coupleId(),
                AuditOutcome.ALLOWED, "slot offered and booked"));
        return booked;
    }

    @Override
    @Transactional
    public void withdraw(UUID entryId) {
        WaitlistRepository.Waiting entry = waitlist.openForUpdate(entryId)
                .orElseThrow(() -> new NotFoundException("Nobody is waiting under this id."));
        access.requireMaySeeWaiting(entryId, entry.coupleId(), entry.preferredTherapistId(), AuditAction.UPDATE);
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        waitlist.close(entryId, "WITHDRAWN", null, now);
        left(entry, now, WaitlistExit.WITHDRAWN, null);
        slotOffers.entryLeft(entryId, null, access.myName());
        audit.record(new AuditRecord(AuditAction.UPDATE, "WaitlistEntry", entryId.toString(), entry.coupleId(),
                AuditOutcome.ALLOWED, "taken off the waitlist"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitlistOffer> offers() {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, String> placeOf = new HashMap<>();
        Map<UUID, UUID> therapistOf = new HashMap<>();
        return offers.recent(time.now().minus(Duration.ofDays(30))).stream().map(offer -> new WaitlistOffer(offer.id(),
                offer.entryId(), offer.coupleId(), names.computeIfAbsent(offer.coupleId(), couples::displayName),
                offer.freedAppointmentId(), therapistOf.computeIfAbsent(offer.freedAppointmentId(),
                        id -> appointments.find(id).orElseThrow().therapistId()),
                time.local(offer.start()), time.local(offer.end()), placeOf.computeIfAbsent(offer.freedAppointmentId(),
                        id -> places.placeOf(id).map(SessionPlaces.SessionPlace::describe).orElse("")),
                offer.offeredAt(), offer.expiresAt(), offer.answer(), offer.answeredAt(), offer.answeredBy(),
                offer.bookedAppointmentId())).toList();
    }

    @Override
    @Transactional
    public Appointment acceptOffer(UUID offerId) {
        WaitlistOfferRepository.StoredOffer offer = openOffer(offerId);
        StoredAppointment freed = appointments.find(offer.freedAppointmentId()).orElseThrow();
        int minutes = (int) Duration.between(offer.start(), offer.end()).toMinutes();
        Appointment booked = book(offer.entryId(), new SlotOffer(AppointmentKind.INTAKE, freed.therapistId(),
                freed.telehealth() ? null : freed.roomId(), time.local(offer.start()), minutes, freed.telehealth(),
                freed.meetingLink(), null), offerId);
        slotOffers.close(offer, OfferAnswer.BOOKED, access.myName(), booked.id());
        slotOffers.slotBooked(offer.freedAppointmentId(), access.myName());
        return booked;
    }

    @Override
    @Transactional
    public WaitlistOffer declineOffer(UUID offerId) {
        WaitlistOfferRepository.StoredOffer offer = openOffer(offerId);
        slotOffers.close(offer, OfferAnswer.DECLINED, access.myName());
        audit.record(new AuditRecord(AuditAction.UPDATE, "WaitlistEntry", offer.entryId().toString(), offer.coupleId(),
                AuditOutcome.ALLOWED, "offered slot declined"));
        slotOffers.offerNext(offer.freedAppointmentId());
        return offers().stream().filter(o -> o.id().equals(offerId)).findFirst().orElseThrow();
    }

    private WaitlistOfferRepository.StoredOffer openOffer(UUID offerId) {
        WaitlistOfferRepository.StoredOffer offer = offers.findForUpdate(offerId)
                .orElseThrow(() -> new NotFoundException("No slot was offered under this id."));
        if (offer.answer() != OfferAnswer.OPEN) {
            throw new ConflictException("This offer is closed already: " + offer.answer().label().toLowerCase() + ".");
        }
        return offer;
    }

    private void left(WaitlistRepository.Waiting entry, OffsetDateTime now, WaitlistExit reason, @Nullable UUID appointmentId) {
        events.publishEvent(new CoupleLeftWaitlist(entry.id(), entry.coupleId(),
                entry.addedAt().atZoneSameInstant(time.zone()).toLocalDate(), now.toLocalDate(), reason,
                entry.preferredTherapistId(), appointmentId));
    }
}
