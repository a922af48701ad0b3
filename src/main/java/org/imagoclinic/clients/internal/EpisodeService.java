package org.imagoclinic.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TherapistAssigned;
import org.imagoclinic.clients.TherapistAssignment;
import org.imagoclinic.clients.internal.EpisodeRules.Step;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.PlausibleDates;
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
 * Episodes of care. Opening one is front-desk work; starting, pausing, resuming and closing it are
 * the care team's clinical decisions, checked by the care-team rule (ADR 0012). Who is on the care
 * team is set by the front desk, administrators or a supervisor already on it, never by a clinician
 * for a couple they are not on, nor through break-glass (ADR 0028); every such change is audited
 * with who, whom and why.
 */
@Service
@PreAuthorize(Access.ANY_ROLE)
class EpisodeService implements EpisodesOfCare {

    /** Episode decisions are checked like the intake: the couple's care team, their supervisors, break-glass. */
    private static final RecordKind CLINICAL = RecordKind.INTAKE;

    private final EpisodeRepository episodes;
    private final CoupleRepository couples;
    private final TherapistRoster therapists;
    private final ClinicalAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EpisodeService(EpisodeRepository episodes, CoupleRepository couples, TherapistRoster therapists,
                   ClinicalAccess access, AuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events,
                   Clock clock) {
        this.episodes = episodes;
        this.couples = couples;
        this.therapists = therapists;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Episode open(UUID coupleId, NewEpisode episode) {
        StoredCouple couple = existing(coupleId);
        UUID episodeId = UUID.randomUUID();
        access.require(RecordKind.COUPLE_CONTACTS, coupleId, AuditAction.CREATE, Access.EPISODE, episodeId);
        boolean withTherapists = episode.primaryTherapistId() != null || episode.coTherapistId() != null;
        String entitled = withTherapists
                ? access.requireCareTeamAssignment(coupleId, AuditAction.CREATE, Access.EPISODE, episodeId) : null;
        LocalDate today = LocalDate.now(clock);
        LocalDate openedOn = episode.openedOn() == null ? today : episode.openedOn();
        if (openedOn.isAfter(today)) {
            throw new InvalidInputException("openedOn", "An episode can't open in the future.");
        }
        PlausibleDates.require("openedOn", openedOn, When.HAPPENED, today);
        checkTherapists(episode.primaryTherapistId(), episode.coTherapistId(), false);
        episodes.openOf(coupleId).ifPresent(open -> {
            throw alreadyOpen(couple, open);
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            episodes.insert(episodeId, coupleId, openedOn, episode.primaryTherapistId(), episode.coTherapistId(), now);
        } catch (DuplicateKeyException openedMeanwhile) {
            throw new ConflictException(couple.displayName() + " already have an open episode of care, opened a moment "
                    + "ago: close it before opening another.");
        }
        episodes.recordChange(episodeId, Episode.ChangeKind.OPENED, EpisodeStatus.INTAKE, openedOn, null,
                episode.primaryTherapistId(), episode.coTherapistId(), me(), now);
        audit.record(new AuditRecord(AuditAction.CREATE, Access.EPISODE, episodeId.toString(), coupleId,
                AuditOutcome.ALLOWED, withTherapists
                        ? "episode of care opened; " + careTeamChange(entitled, episode.primaryTherapistId(),
                                episode.coTherapistId(), null, null, "opened with the episode")
                        : "episode of care opened"));
        events.publishEvent(new EpisodeOpened(coupleId, episodeId, openedOn, episode.primaryTherapistId(),
                episode.coTherapistId()));
        if (episode.primaryTherapistId() != null) {
            events.publishEvent(new TherapistAssigned(coupleId, episodeId, episode.primaryTherapistId(),
                    episode.coTherapistId(), null, null, openedOn));
        }
        return reload(episodeId);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.CLINICIANS)
    public Episode start(UUID coupleId, UUID episodeId, StatusChange change) {
        Episode episode = lockedEpisode(coupleId, episodeId);
        EpisodeStatus next = checkStep(coupleId, episode, Step.START);
        if (episode.primaryTherapistId() == null) {
            throw new ConflictException("Assign a primary therapist before the episode starts.");
        }
        ScreeningStatus screening = couples.find(coupleId).orElseThrow().screeningStatus();
        if (screening == ScreeningStatus.REVIEW_PENDING) {
            throw new ConflictException("The couple is in screening review: record a clinical decision on the screen "
                    + "before treatment starts.");
        }
        if (screening == ScreeningStatus.REFERRED_OUT) {
            throw new ConflictException("The screening review decided to refer the couple out: close this episode as "
                    + "referred out instead of starting it.");
        }
        LocalDate on = dayOf(change, "on", episode);
        return step(episode, Episode.ChangeKind.STARTED, next, on, on, reasonOf(change));
    }

    @Override
    @Transactional
    @PreAuthorize(Access.CLINICIANS)
    public Episode pause(UUID coupleId, UUID episodeId, StatusChange change) {
        Episode episode = lockedEpisode(coupleId, episodeId);
        EpisodeStatus next = checkStep(coupleId, episode, Step.PAUSE);
        String reason = reasonOf(change);
        if (reason == null) {
            throw new InvalidInputException("reason", "Say why the episode is paused, e.g. \"travelling for six weeks\".");
        }
        LocalDate on = dayOf(change, "on", episode);
        return step(episode, Episode.ChangeKind.PAUSED, next, episode.startedOn(), on, reason);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.CLINICIANS)
    public Episode resume(UUID coupleId, UUID episodeId, StatusChange change) {
        Episode episode = lockedEpisode(coupleId, episodeId);
        EpisodeStatus next = checkStep(coupleId, episode, Step.RESUME);
        LocalDate on = dayOf(change, "on", episode);
        return step(episode, Episode.ChangeKind.RESUMED, next, episode.startedOn(), on, reasonOf(change));
    }

    @Override
    @Transactional
    @PreAuthorize(Access.CLINICIANS)
    public Episode close(UUID coupleId, UUID episodeId, EpisodeClosing closing) {
        Episode episode = lockedEpisode(coupleId, episodeId);
        checkStep(coupleId, episode, Step.CLOSE);
        if (closing == null || closing.ending() == null) {
            throw new InvalidInputException("ending", "Choose how the episode ended: completed, discharged, referred out "
                    + "or dropped out.");
        }
        String reason = Text.clean(closing.reason());
        if (reason == null) {
            throw new InvalidInputException("reason", "Say why the episode is closed.");
        }
        InputLimits.requireText("reason", reason, InputLimits.LINE);
        LocalDate today = LocalDate.now(clock);
        LocalDate closedOn = closing.closedOn() == null ? today : closing.closedOn();
        EpisodeRules.checkDay("closedOn", closedOn, episode.openedOn(), today);
        OffsetDateTime now = OffsetDateTime.now(clock);
        episodes.close(episodeId, closing.ending(), reason, closedOn, now);
        episodes.recordChange(episodeId, Episode.ChangeKind.CLOSED, EpisodeStatus.CLOSED, closedOn,
                closing.ending().label() + ": " + reason, episode.primaryTherapistId(), episode.coTherapistId(), me(), now);
        events.publishEvent(new EpisodeClosed(coupleId, episodeId, closing.ending(), episode.openedOn(), closedOn,
                episode.primaryTherapistId(), episode.coTherapistId()));
        return reload(episodeId);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ASSIGNERS)
    public Episode assignTherapists(UUID coupleId, TherapistAssignment assignment) {
        StoredCouple couple = existing(coupleId);
        Episode open = episodes.openOf(coupleId).orElseThrow(() -> new ConflictException(couple.displayName()
                + " have no open episode of care: open one, then assign its therapists."));
        String entitled = access.requireCareTeamAssignment(coupleId, AuditAction.UPDATE, Access.EPISODE, open.id());
        if (assignment == null || assignment.primaryTherapistId() == null) {
            throw new InvalidInputException("primaryTherapistId", "Choose the primary therapist.");
        }
        checkTherapists(assignment.primaryTherapistId(), assignment.coTherapistId(), true);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = assignment.on() == null ? today : assignment.on();
        EpisodeRules.checkDay("on", on, open.openedOn(), today);
        String reason = Text.clean(assignment.reason());
        InputLimits.requireText("reason", reason, InputLimits.LINE);
        if (assignment.primaryTherapistId().equals(open.primaryTherapistId())
                && Objects.equals(assignment.coTherapistId(), open.coTherapistId())) {
            return open;
        }
        Episode locked = episodes.findForUpdate(open.id()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        episodes.assign(open.id(), assignment.primaryTherapistId(), assignment.coTherapistId(), now);
        episodes.recordChange(open.id(), Episode.ChangeKind.THERAPISTS_ASSIGNED, locked.status(), on, reason,
                assignment.primaryTherapistId(), assignment.coTherapistId(), me(), now);
        audit.record(new AuditRecord(AuditAction.UPDATE, Access.EPISODE, open.id().toString(), coupleId,
                AuditOutcome.ALLOWED, careTeamChange(entitled, assignment.primaryTherapistId(),
                        assignment.coTherapistId(), locked.primaryTherapistId(), locked.coTherapistId(),
                        reason == null ? "no reason given" : reason)));
        events.publishEvent(new TherapistAssigned(coupleId, open.id(), assignment.primaryTherapistId(),
                assignment.coTherapistId(), locked.primaryTherapistId(), locked.coTherapistId(), on));
        return reload(open.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Episode> episodesOf(UUID coupleId) {
        existing(coupleId);
        access.require(RecordKind.COUPLE_CONTACTS, coupleId, AuditAction.VIEW, Access.EPISODE, coupleId);
        return episodes.of(coupleId);
    }

    /** The episode of this couple, locked until the transaction ends. */
    private Episode lockedEpisode(UUID coupleId, UUID episodeId) {
        existing(coupleId);
        return episodes.findForUpdate(episodeId).filter(found -> found.coupleId().equals(coupleId))
                .orElseThrow(() -> new NotFoundException("This couple has no episode of care with this id."));
    }

    /**
     * The step is legal from the episode's status (which anyone who works with the couple may know),
     * and the care-team rule allows the signed-in clinician to take it (audited).
     */
    /** Moves the episode to its next status and writes the step, dated {@code on}, into its history. */
    private Episode step(Episode episode, Episode.ChangeKind kind, EpisodeStatus next, @Nullable LocalDate startedOn,
                         LocalDate on, @Nullable String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        episodes.changeStatus(episode.id(), next, startedOn, now);
        episodes.recordChange(episode.id(), kind, next, on, reason, episode.primaryTherapistId(), episode.coTherapistId(),
                me(), now);
        return reload(episode.id());
    }

    private EpisodeStatus checkStep(UUID coupleId, Episode episode, Step step) {
        EpisodeStatus next = EpisodeRules.next(episode.status(), step);
        access.require(CLINICAL, coupleId, AuditAction.UPDATE, Access.EPISODE, episode.id());
        return next;
    }

    /** Whom the care team now holds and held before, who set it in what capacity, and why: for the audit trail. */
    private String careTeamChange(String entitled, @Nullable UUID primary, @Nullable UUID co, @Nullable UUID primaryBefore,
                                  @Nullable UUID coBefore, String why) {
        return "care team set " + entitled + ": primary " + who(primary) + ", co-therapist " + who(co)
                + "; before: primary " + who(primaryBefore) + ", co-therapist " + who(coBefore) + "; why: " + why;
    }

    private String who(@Nullable UUID staffId) {
        return staffId == null ? "none" : therapists.nameOf(staffId) + " (" + staffId + ")";
    }

    private void checkTherapists(@Nullable UUID primary, @Nullable UUID co, boolean primaryRequired) {
        if (primary == null) {
            if (primaryRequired) {
                throw new InvalidInputException("primaryTherapistId", "Choose the primary therapist.");
            }
            if (co != null) {
                throw new InvalidInputException("coTherapistId", "Choose a primary therapist before a co-therapist.");
            }
            return;
        }
        if (primary.equals(co)) {
            throw new InvalidInputException("coTherapistId", "The co-therapist must be someone other than the primary "
                    + "therapist.");
        }
        therapists.checkAssignable(primary, "primaryTherapistId");
        if (co != null) {
            therapists.checkAssignable(co, "coTherapistId");
        }
    }

    private LocalDate dayOf(@Nullable StatusChange change, String field, Episode episode) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = change == null || change.on() == null ? today : change.on();
        EpisodeRules.checkDay(field, on, episode.openedOn(), today);
        LocalDate lastChange = episode.changes().isEmpty() ? episode.openedOn() : episode.changes().getLast().effectiveOn();
        if (on.isBefore(lastChange)) {
            throw new InvalidInputException(field, "The day can't be before the episode's last change ("
                    + EpisodeRules.DAY.format(lastChange) + ").");
        }
        return on;
    }

    private static @Nullable String reasonOf(@Nullable StatusChange change) {
        String reason = change == null ? null : Text.clean(change.reason());
        InputLimits.requireText("reason", reason, InputLimits.LINE);
        return reason;
    }

    private static ConflictException alreadyOpen(StoredCouple couple, Episode open) {
        return new ConflictException(couple.displayName() + " already have an open episode of care (opened "
                + EpisodeRules.DAY.format(open.openedOn()) + ", " + open.status().label().toLowerCase()
                + "): close it before opening another.");
    }

    private Episode reload(UUID episodeId) {
        return episodes.findForUpdate(episodeId).orElseThrow();
    }

    private String me() {
        return RecordedBy.current(currentUser).name();
    }

    private StoredCouple existing(UUID coupleId) {
        return couples.find(coupleId).orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
    }
}
