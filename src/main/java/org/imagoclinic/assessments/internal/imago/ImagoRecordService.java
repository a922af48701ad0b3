package org.imagoclinic.assessments.internal.imago;

import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.PlausibleDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.FollowUpDue;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewFollowUp;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.RequestFollowUp;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '"
        + Roles.ADMIN + "')")
class ImagoRecordService implements ImagoRecords {

    static final String SUBJECT = "ImagoRecord";
    static final String FOLLOW_UP = "RequestFollowUp";
    /** More couples than any one clinician's caseload. */
    private static final int CASELOAD_LIMIT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ImagoRecordRepository repository;
    private final CoupleContext context;
    private final ClinicalAccess access;
    private final Appointments appointments;
    private final Screenings screenings;
    private final Couples couples;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImagoRecordService(ImagoRecordRepository repository, CoupleContext context, ClinicalAccess access,
                       Appointments appointments, Screenings screenings, Couples couples, ApplicationEventPublisher events,
                       Clock clock) {
        this.repository = repository;
        this.context = context;
        this.access = access;
        this.appointments = appointments;
        this.screenings = screenings;
        this.couples = couples;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ImagoRecord record(UUID coupleId, NewImagoRecord<? extends ImagoContent> input) {
        if (input.content() == null) {
            throw new InvalidInputException("content", "Fill in the record.");
        }
        ImagoContent content = completed(input.content());
        ImagoRecordKind kind = content.kind();
        UUID id = UUID.randomUUID();
        access.require(recordKind(kind), coupleId, AuditAction.CREATE, SUBJECT, id);
        Couple couple = context.couple(coupleId);
        Episode episode = context.openEpisode(couple);
        requireScreened(couple);
        PlausibleDates.require("recordedOn", input.recordedOn(), When.HAPPENED, LocalDate.now(clock));
        LocalDate recordedOn = input.recordedOn() == null ? LocalDate.now(clock) : input.recordedOn();
        UUID partnerId = partnerOf(couple, kind, input, content);
        checkSession(couple, input.appointmentId());
        Map<String, String> problems = ContentRules.check(couple, content);
        if (content instanceof BehaviourChangeRequest bcr) {
            timeLimitProblems(bcr, recordedOn, problems);
        }
        if (content instanceof Exits exits) {
            content = exits.closedByDefaultOn(recordedOn);
            closingDaysProblems((Exits) content, recordedOn, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID supersedes = kind.versioned()
                ? repository.currentVersionForUpdate(coupleId, kind, partnerId).orElse(null) : null;
        ImagoRecord record = new ImagoRecord(id, kind, coupleId, episode.id(), partnerId, input.appointmentId(),
                recordedOn, context.myStaffId(),
                context.me().displayName(), clock.instant(), supersedes, true, content,
                couple.relationship().confidentialityPolicy());
        try {
            repository.insert(record);
        } catch (DuplicateKeyException revisedMeanwhile) {
            throw new ConflictException("Someone revised this " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " at the same moment: reload it and make your change again.");
        }
        if (content instanceof Exits exits) {
            raiseCrisisForNewHarm(couple, partnerId, exits, supersedes, recordedOn);
        }
        events.publishEvent(new ExerciseRecorded(id, exerciseKind(content), coupleId, episode.id(), partnerId,
                input.appointmentId(), record.recordedOn(), null,
                content instanceof Dialogue dialogue ? dialogue.rounds() : List.of()));
        return record;
    }

    /**
     * Imago work is joint work: it waits until both partners have been screened and any flagged screen
     * has a clinician's decision. A couple in individual work first may still record it.
     */
    private static void requireScreened(Couple couple) {
        switch (couple.screeningHold()) {
            case NOT_SCREENED -> throw new BusinessRuleException("Imago work with " + couple.displayName()
                    + " waits until their therapist has screened both partners, each on their own.");
            case REVIEW_PENDING -> throw new BusinessRuleException("Imago work with " + couple.displayName()
                    + " waits for a clinician's decision on their screen.");
            case REFERRED_OUT -> throw new BusinessRuleException(couple.displayName()
                    + " have been referred to another service: no Imago work is recorded here.");
            case NONE, INDIVIDUAL_WORK_FIRST -> { }
        }
    }

    private void closingDaysProblems(Exits exits, LocalDate recordedOn, Map<String, String> problems) {
        for (int i = 0; i < exits.exits().size(); i++) {
            LocalDate closedOn = exits.exits().get(i).closedOn();
            String field = "content.exits[" + i + "].closedOn";
            PlausibleDates.check(problems, field, closedOn, When.HAPPENED, LocalDate.now(clock));
            if (closedOn != null && closedOn.isAfter(recordedOn) && !problems.containsKey(field)) {
                problems.put(field, "An exit can't be closed after the day of the record (" + DAY.format(recordedOn)
                        + ").");
            }
        }
    }

    /** A request's time limit lies after the day it was made; follow-ups come at most every 90 days, up to it. */
    private void timeLimitProblems(BehaviourChangeRequest bcr, LocalDate recordedOn, Map<String, String> problems) {
        PlausibleDates.check(problems, "content.endsOn", bcr.endsOn(), When.PLANNED, LocalDate.now(clock));
        if (bcr.endsOn() != null && !bcr.endsOn().isAfter(recordedOn) && !problems.containsKey("content.endsOn")) {
            problems.put("content.endsOn", "The time limit comes after the day the request is made (" + DAY.format(recordedOn)
                    + ").");
        }
        InputLimits.checkRange(problems, "content.followUpEveryDays", bcr.followUpEveryDays(), 1,
                BehaviourChangeRequest.MAX_FOLLOW_UP_DAYS);
        if (bcr.followUpEveryDays() != null && bcr.endsOn() == null) {
            problems.putIfAbsent("content.endsOn", "Give the request a time limit: follow-ups run until it.");
        }
    }

    /** A hard exit newly marked as describing self-harm or violence raises the acute-crisis flag. */
    private void raiseCrisisForNewHarm(Couple couple, UUID partnerId, Exits exits, @Nullable UUID supersedes,
                                       LocalDate recordedOn) {
        List<String> markedBefore = supersedes == null ? List.of() : repository.find(couple.id(), supersedes)
                .map(ImagoRecord::content).filter(Exits.class::isInstance).map(Exits.class::cast)
                .map(before -> before.exits().stream().filter(Exits.Exit::raisesCrisis).map(Exits.Exit::description).toList())
                .orElse(List.of());
        exits.exits().stream().filter(Exits.Exit::raisesCrisis)
                .filter(exit -> !markedBefore.contains(exit.description()))
                .findFirst()
                .ifPresent(exit -> screenings.raiseAcuteCrisis(couple.id(), partnerId, "hard exit recorded on "
                        + DAY.format(recordedOn) + " describes self-harm or violence: \"" + exit.description() + "\""));
    }

    @Override
    @Transactional
    public List<ImagoRecord> list(UUID coupleId, ImagoRecordKind kind, @Nullable UUID partnerId) {
        access.require(recordKind(kind), coupleId, AuditAction.VIEW, SUBJECT + "s", kind.name());
        Couple couple = context.couple(coupleId);
        return visible(couple, repository.list(coupleId, kind, partnerId), partnerId);
    }

    @Override
    @Transactional
    public List<ImagoRecord> timeline(UUID coupleId, @Nullable UUID partnerId) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.VIEW, SUBJECT + "s",
                partnerId == null ? "joint record" : "individual record of " + partnerId);
        Couple couple = context.couple(coupleId);
        if (partnerId != null) {
            context.requirePartner(couple, partnerId, "partnerId");
        }
        return visible(couple, repository.list(coupleId, null, partnerId), partnerId);
    }

    @Override
    @Transactional
    public ImagoRecord get(UUID coupleId, UUID recordId) {
        ImagoRecord record = repository.find(coupleId, recordId)
                .orElseThrow(() -> new NotFoundException("This couple has no such Imago record."));
        access.require(recordKind(record.kind()), coupleId, AuditAction.VIEW, SUBJECT, recordId);
        if (record.kind().privateToPartner()
                && ConfidentialityPolicy.keepsIndividualWorkPrivate(record.writtenUnder())
                && !context.onCareTeam(coupleId)) {
            throw new ExplainedRefusal("This couple keeps individual sessions confidential: only their care team "
                    + "reads a partner's " + record.kind().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return record;
    }

    @Override
    @Transactional
    public RequestFollowUp followUp(UUID coupleId, UUID requestId, NewFollowUp input) {
        UUID id = UUID.randomUUID();
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.CREATE, FOLLOW_UP, id);
        ImagoRecord request = requestOf(coupleId, requestId);
        if (input == null || input.outcome() == null) {
            throw new InvalidInputException("outcome", "Say whether the request was kept, partly kept or not kept.");
        }
        Map<String, String> inputProblems = new LinkedHashMap<>();
        InputLimits.checkRange(inputProblems, "chosen", input.chosen(), 1, BehaviourChangeRequest.REQUESTS);
        InputLimits.checkText(inputProblems, "note", input.note(), InputLimits.TEXT);
        InputLimits.refuseAny(inputProblems);
        BehaviourChangeRequest bcr = request.as(BehaviourChangeRequest.class);
        if (bcr.chosen() == null) {
            if (input.chosen() == null) {
                throw new BusinessRuleException("Record which of the three requests the partner chose to give first.");
            }
            bcr = bcr.choosing(input.chosen());
            Map<String, String> problems = ContentRules.check(context.couple(coupleId), bcr);
            if (problems.containsKey("content.chosen")) {
                throw new InvalidInputException("chosen", problems.get("content.chosen"));
            }
            repository.replaceContent(requestId, bcr);
        }
        PlausibleDates.require("followedUpOn", input.followedUpOn(), When.HAPPENED, LocalDate.now(clock));
        LocalDate on = input.followedUpOn() == null ? LocalDate.now(clock) : input.followedUpOn();
        if (on.isBefore(request.recordedOn())) {
            throw new InvalidInputException("followedUpOn", "A follow-up comes after the request was made, on "
                    + request.recordedOn() + " or later.");
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        RequestFollowUp followUp = new RequestFollowUp(id, requestId, input.outcome(), on, note,
                context.me().displayName(), clock.instant());
        repository.insertFollowUp(followUp, context.myStaffId());
        events.publishEvent(new RequestFollowedUp(id, requestId, coupleId, request.episodeId(), bcr.askingPartnerId(),
                input.outcome(), on));
        return followUp;
    }

    @Override
    @Transactional
    public List<RequestFollowUp> followUpsOf(UUID coupleId, UUID requestId) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.VIEW, FOLLOW_UP + "s", requestId);
        requestOf(coupleId, requestId);
        return repository.followUpsOf(requestId);
    }

    @Override
    @Transactional
    public List<FollowUpDue> followUpsDueForMe() {
        UUID me = context.me().staffId().orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        couples.find(new CoupleQuery(null, me, null, null, null), 0, CASELOAD_LIMIT)
                .forEach(couple -> names.put(couple.id(), couple.displayName()));
        List<ImagoRecord> requests = repository.requestsOf(names.keySet());
        Map<UUID, LocalDate> lastFollowUps = repository.latestFollowUps(requests.stream().map(ImagoRecord::id).toList());
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Couple> coupleById = new HashMap<>();
        List<FollowUpDue> due = new ArrayList<>();
        // names, requests and days only, as the measures due (ADR 0013): not audited as a record read
        for (ImagoRecord record : requests) {
            BehaviourChangeRequest bcr = record.as(BehaviourChangeRequest.class);
            LocalDate next = bcr.nextFollowUp(record.recordedOn(), lastFollowUps.get(record.id())).orElse(null);
            if (next == null || next.isAfter(today) || bcr.chosenRequest() == null || bcr.endsOn() == null) {
                continue;
            }
            Couple couple = coupleById.computeIfAbsent(record.coupleId(), context::couple);
            if (couple.openEpisode().filter(episode -> episode.id().equals(record.episodeId())).isPresent()) {
                due.add(new FollowUpDue(couple.id(), names.get(couple.id()), record.id(),
                        CoupleContext.nameOf(couple, bcr.askingPartnerId()), bcr.chosenRequest().text(), next, bcr.endsOn()));
            }
        }
        due.sort(Comparator.comparing(FollowUpDue::dueOn));
        return due;
    }

    private ImagoRecord requestOf(UUID coupleId, UUID requestId) {
        return repository.find(coupleId, requestId)
                .filter(record -> record.kind() == ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST)
                .orElseThrow(() -> new NotFoundException("This couple has no such behaviour change request."));
    }

    /**
     * Records private to a partner and written under the confidential policy leave the joint record,
     * and are shown on a partner's own record only to the care team (not through break-glass); the
     * policy the record was written under decides, not today's (ADR 0028).
     */
    private List<ImagoRecord> visible(Couple couple, List<ImagoRecord> records, @Nullable UUID partnerId) {
        boolean careTeam = partnerId != null && context.onCareTeam(couple.id());
        return records.stream().filter(record -> !record.kind().privateToPartner() || careTeam
                || !ConfidentialityPolicy.keepsIndividualWorkPrivate(record.writtenUnder())).toList();
    }

    private UUID partnerOf(Couple couple, ImagoRecordKind kind, NewImagoRecord<?> input, ImagoContent content) {
        if (input.partnerId() != null && !CoupleContext.isPartner(couple, input.partnerId())) {
            throw new InvalidInputException("partnerId", "This is not one of the couple's partners.");
        }
        if (content instanceof BehaviourChangeRequest bcr) {
            context.requirePartner(couple, bcr.askingPartnerId(), "content.askingPartnerId");
            return bcr.askingPartnerId();
        }
        if (!kind.individual()) {
            return null;
        }
        context.requirePartner(couple, input.partnerId(), "partnerId");
        return input.partnerId();
    }

    private void checkSession(Couple couple, @Nullable UUID appointmentId) {
        if (appointmentId == null) {
            return;
        }
        Appointment appointment;
        try {
            appointment = appointments.get(appointmentId);
        } catch (NotFoundException unknown) {
            throw new InvalidInputException("appointmentId", "There is no such session.");
        }
        if (!couple.id().equals(appointment.coupleId()) && !appointment.enrolledCoupleIds().contains(couple.id())) {
            throw new InvalidInputException("appointmentId", "This session is not one of this couple's.");
        }
    }

    /** A profile whose statement was left blank gets the statement assembled from its parts. */
    private static ImagoContent completed(ImagoContent content) {
        if (content instanceof ImagoProfile profile && ContentRules.blank(profile.unfinishedBusiness())) {
            return new ImagoProfile(profile.caregivers(), profile.wantedMost(), profile.childhoodFeelings(),
                    profile.reactions(), profile.partnerPositiveTraits(), profile.partnerNegativeTraits(),
                    profile.tendency(), profile.assembledStatement());
        }
        return content;
    }

    static RecordKind recordKind(ImagoRecordKind kind) {
        return kind == ImagoRecordKind.IMAGO_PROFILE ? RecordKind.IMAGO_PROFILE : RecordKind.EXERCISE;
    }

    static ExerciseKind exerciseKind(ImagoContent content) {
        return switch (content.kind()) {
            case IMAGO_PROFILE -> ExerciseKind.IMAGO_PROFILE;
            case WOUND_EXPLORATION -> ExerciseKind.CHILDHOOD_WOUND_EXPLORATION;
            case DIALOGUE -> ((Dialogue) content).dialogueKind();
            case BEHAVIOUR_CHANGE_REQUEST -> ExerciseKind.BEHAVIOUR_CHANGE_REQUEST;
            case POSITIVE_TRAITS -> ExerciseKind.POSITIVE_TRAITS;
            case CARING_BEHAVIOURS -> ExerciseKind.CARING_BEHAVIOURS;
            case APPRECIATIONS -> ExerciseKind.APPRECIATIONS;
            case RELATIONSHIP_VISION -> ExerciseKind.RELATIONSHIP_VISION;
            case EXITS -> ExerciseKind.EXITS;
            case TEMPERATURE_READING -> ExerciseKind.TEMPERATURE_READING;
        };
    }
}
