package org.imagoclinic.scheduling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.CoupleAtAGlance;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.CalendarFeeds;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists' iCalendar feeds: read by the therapist themselves or an administrator, or through a
 * secret address (only its SHA-256 hash is stored) for calendar apps that can't sign in.
 */
@Service
class CalendarFeedService implements CalendarFeeds {

    static final int WEEKS_BACK = 4;
    static final int MONTHS_AHEAD = 6;

    private final AppointmentRepository appointments;
    private final FeedRepository feeds;
    private final RoomRepository rooms;
    private final BookingEligibility couples;
    private final TherapistProfilesLookup therapists;
    private final SchedulingAccess access;
    private final AuditTrail audit;
    private final ClinicTime time;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(AppointmentRepository appointments, FeedRepository feeds, RoomRepository rooms,
                        BookingEligibility couples, TherapistProfilesLookup therapists, SchedulingAccess access,
                        AuditTrail audit, ClinicTime time) {
        this.appointments = appointments;
        this.feeds = feeds;
        this.rooms = rooms;
        this.couples = couples;
        this.therapists = therapists;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SchedulingAccess.STAFF)
    public String feedOf(UUID therapistId) {
        var me = access.me();
        boolean own = me.staffId().filter(therapistId::equals).isPresent();
        if (!own && !me.hasRole(Roles.ADMIN)) {
            throw new ExplainedRefusal("A therapist's calendar feed is for the therapist and administrators only.");
        }
        therapists.requireTherapist(therapistId);
        return write(therapistId, "Imago Clinic · " + therapists.nameOf(therapistId));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public String newSecret() {
        UUID therapistId = access.me().staffId().orElseThrow(() -> new ExplainedRefusal(
                "Your account is not linked to a staff member, so it has no calendar of its own."));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.replace(therapistId, hash(secret), time.now().atZone(time.zone()).toOffsetDateTime());
        audit.record(new AuditRecord(AuditAction.UPDATE, "CalendarFeed", therapistId.toString(), null,
                AuditOutcome.ALLOWED, "new secret feed address"));
        return secret;
    }

    @Override
    @Transactional
    public Optional<String> feedForSecret(String secret) {
        if (secret == null || secret.length() < 20) {
            return Optional.empty();
        }
        Optional<UUID> therapist = feeds.therapistOf(hash(secret)).filter(therapists::worksHere);
        therapist.ifPresent(id -> audit.record(new AuditRecord(AuditAction.VIEW, "CalendarFeed", id.toString(), null,
                AuditOutcome.ALLOWED, "read by its secret address"), new AuditActor(null, id, "calendar feed", Set.of())));
        return therapist.map(id -> write(id, "Imago Clinic sessions"));
    }

    private String write(UUID therapistId, String calendarName) {
        LocalDate today = time.today();
        var stored = appointments.find(AppointmentQuery.ofTherapist(therapistId, today.minusWeeks(WEEKS_BACK),
                today.plusMonths(MONTHS_AHEAD)), time.days(today.minusWeeks(WEEKS_BACK), today.plusMonths(MONTHS_AHEAD)));
        Map<UUID, Room> roomsById = rooms.rooms(false).stream().collect(Collectors.toMap(Room::id, Function.identity()));
        List<ICalendarWriter.FeedEvent> events = new ArrayList<>();
        for (StoredAppointment a : stored) {
            String place = a.telehealth() || a.roomId() == null ? "Telehealth"
                    : Optional.ofNullable(roomsById.get(a.roomId())).map(Room::label).orElse("Clinic");
            events.add(new ICalendarWriter.FeedEvent(a.id(), a.kind(), initialsOf(a), a.start().toInstant(),
                    a.end().toInstant(), place));
        }
        return ICalendarWriter.write(calendarName, events, time.now());
    }

    private String initialsOf(StoredAppointment a) {
        if (a.kind() == AppointmentKind.WORKSHOP || a.coupleId() == null) {
            return "";
        }
        try {
            CoupleAtAGlance couple = couples.atAGlance(a.coupleId());
            if (a.kind() == AppointmentKind.INDIVIDUAL) {
                return ICalendarWriter.initials(List.of(a.partnerId().equals(couple.partnerA().personId())
                        ? couple.partnerA().displayName() : couple.partnerB().displayName()));
            }
            return ICalendarWriter.initials(List.of(couple.partnerA().displayName(), couple.partnerB().displayName()));
        } catch (NotFoundException gone) {
            return "";
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
