package org.imagoclinic.scheduling.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.CoupleAtAGlance;
import org.imagoclinic.clients.BookingEligibility.JointSessionPurpose;
import org.imagoclinic.clients.BookingEligibility.PartnerAtAGlance;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.SkippedDay;
import org.imagoclinic.scheduling.internal.ClosureCalendar.Closures;
import org.imagoclinic.scheduling.Recurrence;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a booking request into a {@link BookingPlan}, refusing input that is incomplete or malformed
 * (one plain-words message per field), and lists the clinic's rules the plan breaks: the couple's
 * booking eligibility (asked of the clients module), the room, the therapists' hours and time off.
 */
@Component
class BookingPlanner {

    static final int MOST_SESSIONS_IN_A_SERIES = 52;

    private final BookingEligibility eligibility;
    private final RoomRepository rooms;
    private final HoursChecker hours;
    private final StaffTherapistProfiles therapists;
    private final ClinicTime time;
    private final AppointmentRepository appointments;
    private final DSLContext db;
    private final ClosureCalendar closures;

    BookingPlanner(BookingEligibility eligibility, RoomRepository rooms, HoursChecker hours,
                   StaffTherapistProfiles therapists, ClinicTime time, AppointmentRepository appointments, DSLContext db,
                   ClosureCalendar closures) {
        this.closures = closures;
        this.appointments = appointments;
        this.db = db;
        this.eligibility = eligibility;
        this.rooms = rooms;
        this.hours = hours;
        this.therapists = therapists;
        this.time = time;
    }

    BookingPlan plan(BookingRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<UUID, String> therapistNames = new LinkedHashMap<>();
        AppointmentKind kind = request.kind();
        if (kind == null) {
            errors.put("kind", "Choose the kind of session.");
        }
        if (request.therapistId() == null) {
            errors.put("therapistId", "Choose the therapist.");
        } else if (request.therapistId().equals(request.coTherapistId())) {
            errors.put("coTherapistId", "The second therapist must be someone other than the first.");
        } else {
            bookable(request.therapistId(), "therapistId", therapistNames, errors);
        }
        if (request.coTherapistId() != null && !request.coTherapistId().equals(request.therapistId())) {
            bookable(request.coTherapistId(), "coTherapistId", therapistNames, errors);
        }
        LocalDateTime start = request.start() == null ? null : toTheMicrosecond(request.start());
        LocalDateTime end = null;
        if (start == null) {
            errors.put("start", "Choose when the session starts.");
        } else {
            PlausibleDates.problem(start, When.PLANNED, time.today()).ifPresent(problem -> errors.put("start", problem));
            end = endOf(request, kind, start, errors);
        }
        checkWho(request, kind, errors);
        checkPlace(request, errors);
        InputLimits.checkText(errors, "title", request.title(), InputLimits.NAME);
        InputLimits.checkText(errors, "meetingLink", request.meetingLink(), InputLimits.LINK);
        InputLimits.checkText(errors, "hoursOverrideReason", request.hoursOverrideReason(), InputLimits.LINE);
        if (request.recurrence() != null) {
            checkRecurrence(request.recurrence(), kind, start, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return resolve(request, kind, start, end, therapistNames);
    }

    /** One read of the staff directory per therapist: whether they can be booked, and their name for messages. */
    private void bookable(UUID staffId, String field, Map<UUID, String> names, Map<String, String> errors) {
        StaffTherapistProfiles.Bookability bookability = therapists.bookability(staffId);
        names.put(staffId, bookability.name());
        bookability.whyNot().ifPresent(why -> errors.put(field, why));
    }

    /** PostgreSQL keeps microseconds: the plan's times are the ones stored, so that the answer needs no read back. */
    static LocalDateTime toTheMicrosecond(LocalDateTime time) {
        return time.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable LocalDateTime endOf(BookingRequest request, @Nullable AppointmentKind kind,
                                                 LocalDateTime start, Map<String, String> errors) {
        if (request.end() != null) {
            if (!request.end().isAfter(start)) {
                errors.put("end", "The end must be after the start.");
                return null;
            }
            if (Duration.between(start, request.end()).compareTo(AppointmentRepository.LONGEST) > 0) {
                errors.put("end", "A session lasts at most 12 hours; book a longer workshop as one event a day.");
                return null;
            }
            return toTheMicrosecond(request.end());
        }
        Integer minutes = request.durationMinutes();
        if (minutes != null && (minutes < 10 || minutes > 720)) {
            errors.put("durationMinutes", "A session lasts between 10 minutes and 12 hours.");
            return null;
        }
        if (minutes == null && kind == null) {
            return null;
        }
        return start.plusMinutes(minutes != null ? minutes : kind.defaultMinutes());
    }

    private static void checkWho(BookingRequest request, @Nullable AppointmentKind kind, Map<String, String> errors) {
        if (kind == null) {
            return;
        }
        if (kind == AppointmentKind.WORKSHOP) {
            if (request.coupleId() != null) {
                errors.put("coupleId", "Book the workshop first, then enrol couples in it.");
            }
            if (request.title() == null || request.title().isBlank()) {
                errors.put("title", "Give the workshop a title, e.g. \"Getting the Love You Want\".");
            }
            if (request.capacity() == null || request.capacity() < 1
                    || request.capacity() > BookingRequest.WORKSHOP_CAPACITY) {
                errors.put("capacity", "Say how many couples the workshop takes (1 to "
                        + BookingRequest.WORKSHOP_CAPACITY + ").");
            }
        } else {
            if (request.coupleId() == null) {
                errors.put("coupleId", "Choose the couple.");
            }
            if (request.capacity() != null) {
                errors.put("capacity", "Only a workshop takes a number of couples; leave the capacity out.");
            }
        }
        if (kind == AppointmentKind.INDIVIDUAL && request.partnerId() == null) {
            errors.put("partnerId", "Choose the partner who comes to the individual session.");
        }
        if (kind != AppointmentKind.INDIVIDUAL && request.partnerId() != null) {
            errors.put("partnerId", "Only an individual session is for one partner; leave the partner out.");
        }
    }

    private static void checkPlace(BookingRequest request, Map<String, String> errors) {
        if (request.telehealthRequested()) {
            String link = request.meetingLink();
            if (link == null || link.isBlank()) {
                errors.put("meetingLink", "Give the meeting link of the telehealth session.");
            } else if (!link.strip().startsWith("https://")) {
                errors.put("meetingLink", "A meeting link starts with https://.");
            }
            if (request.roomId() != null) {
                errors.put("roomId", "A telehealth session needs no room.");
            }
        } else if (request.roomId() == null) {
            errors.put("roomId", "Choose a room, or make it a telehealth session.");
        }
    }

    private static void checkRecurrence(Recurrence recurrence, @Nullable AppointmentKind kind,
                                        @Nullable LocalDateTime start, Map<String, String> errors) {
        // a workshop booked with a recurrence is one workshop over several days (or weeks): one enrolment list
        if (recurrence.frequency() == null) {
            errors.put("recurrence.frequency", "Choose every day, weekly or every two weeks.");
        }
        if ((recurrence.occurrences() == null) == (recurrence.until() == null)) {
            errors.put("recurrence", "End the series either after a number of sessions or on a day, not both.");
        } else if (recurrence.occurrences() != null
                && (recurrence.occurrences() < 1 || recurrence.occurrences() > MOST_SESSIONS_IN_A_SERIES)) {
            errors.put("recurrence.occurrences", "A series has 1 to " + MOST_SESSIONS_IN_A_SERIES + " sessions.");
        } else if (recurrence.until() != null && start != null && (recurrence.until().isBefore(start.toLocalDate())
                || recurrence.until().isAfter(start.toLocalDate().plusYears(1)))) {
            errors.put("recurrence.until", "The series ends on or after its first session, and within a year.");
        }
    }

    private BookingPlan resolve(BookingRequest request, AppointmentKind kind, LocalDateTime start, LocalDateTime end,
                                Map<UUID, String> therapistNames) {
        Room room = request.roomId() == null ? null : rooms.room(request.roomId())
                .orElseThrow(() -> new NotFoundException("No room with this id."));
        List<UUID> persons = new ArrayList<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        String coupleName = request.title() == null ? "" : request.title().strip();
        UUID episodeId = null;
        CoupleAtAGlance couple = null;
        if (request.coupleId() != null) {
            couple = eligibility.atAGlance(request.coupleId());
            coupleName = couple.displayName();
            episodeId = couple.openEpisode().map(BookingEligibility.OpenEpisode::episodeId).orElse(null);
            for (PartnerAtAGlance partner : List.of(couple.partnerA(), couple.partnerB())) {
                names.put(partner.personId(), partner.displayName());
                if (kind.joint() || partner.personId().equals(request.partnerId())) {
                    persons.add(partner.personId());
                }
            }
            if (kind == AppointmentKind.INDIVIDUAL && persons.isEmpty()) {
                throw new InvalidInputException("partnerId", "This person is not one of the partners of "
                        + couple.displayName() + ".");
            }
        }
        String link = request.telehealthRequested() && request.meetingLink() != null ? request.meetingLink().strip() : null;
        String override = request.hoursOverrideReason() == null || request.hoursOverrideReason().isBlank() ? null
                : request.hoursOverrideReason().strip();
        Dates dates = dates(start, end, request.recurrence(), request.onClosureDayRequested() ? Closures.NONE
                : closures.between(start.toLocalDate(), start.toLocalDate().plusYears(2)));
        return new BookingPlan(kind, request.coupleId(), coupleName, request.partnerId(), episodeId,
                request.therapistId(), request.coTherapistId(), room, request.telehealthRequested(), link,
                request.title() == null ? null : request.title().strip(), request.capacity(),
                dates.slots(), request.recurrence(), override, persons, names, couple,
                therapistNames, dates.skipped(), dates.closure());
    }

    /**
     * When the sessions are, and which days the clinic's closures leave out.
     *
     * @param closure the closure a single session falls on
     */
    record Dates(List<BookingPlan.Slot> slots, List<SkippedDay> skipped, @Nullable ClosureDay closure) {
    }

    /**
     * Every session's time: a series keeps the wall-clock time of the first, whatever the clocks do, and
     * skips closure days; a series of so many sessions runs on past them to keep its number.
     */
    static Dates dates(LocalDateTime start, LocalDateTime end, @Nullable Recurrence recurrence, Closures closed) {
        if (recurrence == null) {
            return new Dates(List.of(new BookingPlan.Slot(start, end)), List.of(),
                    closed.on(start.toLocalDate()).orElse(null));
        }
        List<BookingPlan.Slot> slots = new ArrayList<>();
        List<SkippedDay> skipped = new ArrayList<>();
        for (int i = 0; slots.size() < MOST_SESSIONS_IN_A_SERIES; i++) {
            LocalDateTime next = start.plusDays((long) i * recurrence.frequency().days());
            if (recurrence.occurrences() != null ? slots.size() >= recurrence.occurrences()
                    : next.toLocalDate().isAfter(recurrence.until())) {
                break;
            }
            Optional<ClosureDay> closure = closed.on(next.toLocalDate());
            if (closure.isPresent()) {
                skipped.add(new SkippedDay(next.toLocalDate(), closure.get().name()));
            } else {
                slots.add(new BookingPlan.Slot(next, next.plus(Duration.between(start, end))));
            }
        }
        if (slots.isEmpty()) {
            throw new InvalidInputException("start", "The clinic is closed on every day of this series ("
                    + String.join(", ", skipped.stream().map(SkippedDay::closure).distinct().toList())
                    + "): choose other days.");
        }
        return new Dates(slots, skipped, null);
    }

    /** The rules the plan breaks: the couple's eligibility and the room first, then hours and time off. */
    List<RuleProblem> problems(BookingPlan plan) {
        List<RuleProblem> problems = new ArrayList<>();
        eligibilityProblem(plan).ifPresent(reason -> problems.add(new RuleProblem(reason, false)));
        consentProblem(plan).ifPresent(reason -> problems.add(new RuleProblem(reason, false)));
        if (plan.room() != null) {
            if (!plan.room().active()) {
                problems.add(new RuleProblem(plan.room().label() + " is no longer in use: choose another room.", false));
            } else if (plan.room().capacity() < plan.people()) {
                problems.add(new RuleProblem(plan.room().label() + " holds " + plan.room().capacity()
                        + " people; this session needs room for " + plan.people() + ".", false));
            }
        }
        boolean withDay = plan.slots().size() > 1;
        List<HoursChecker.Availability> availability = plan.therapistIds().stream()
                .map(therapist -> hours.availability(therapist, plan.therapistNames().get(therapist),
                        plan.slots().getFirst().start(), plan.slots().getLast().end())).toList();
        for (BookingPlan.Slot slot : plan.slots()) {
            for (HoursChecker.Availability therapist : availability) {
                therapist.problem(slot.start(), slot.end(), withDay)
                        .ifPresent(problem -> problems.add(new RuleProblem(problem, true)));
            }
        }
        return problems;
    }

    /** When the clinic requires it (an administrator's rule), a first session waits for both partners' treatment consent. */
    private Optional<String> consentProblem(BookingPlan plan) {
        if (plan.coupleId() == null || plan.couple() == null || plan.couple().withoutTreatmentConsent().isEmpty()
                || !BookingRulesService.consentRequired(db) || appointments.hasSessions(plan.coupleId())) {
            return Optional.empty();
        }
        return Optional.of("The clinic asks for both partners' treatment consent before a first session: none is "
                + "recorded for " + String.join(" or ", plan.couple().withoutTreatmentConsent().stream()
                .map(BookingEligibility.PartnerAtAGlance::displayName).toList())
                + ". Record it on the couple's Consents tab, then book.");
    }

    private Optional<String> eligibilityProblem(BookingPlan plan) {
        if (plan.coupleId() == null) {
            return Optional.empty();
        }
        // the couple as resolve() read it: the same answers as asking BookingEligibility again, without the reads
        BookingEligibility.Answer answer = switch (plan.kind().attendance()) {
            case COUPLE -> plan.couple().jointSession(
                    plan.kind() == AppointmentKind.INTAKE ? JointSessionPurpose.INTAKE : JointSessionPurpose.TREATMENT);
            case PARTNER -> plan.couple().individualSession(plan.partnerId());
            case GROUP -> BookingEligibility.Answer.yes("");
        };
        return answer.allowed() ? Optional.empty() : Optional.of(answer.reason());
    }
}
