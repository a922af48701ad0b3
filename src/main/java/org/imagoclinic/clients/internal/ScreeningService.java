package org.imagoclinic.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningCleared;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningFlagRaised;
import org.imagoclinic.clients.ScreeningHistory;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.ScreensAtHome;
import org.imagoclinic.security.Roles;
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
 * The suitability screen. Role checks are left to the care-team rule, so that a refusal names the
 * couple, says why in plain words and is audited as denied (ADR 0012).
 */
@Service
@PreAuthorize(Access.ANY_ROLE)
class ScreeningService implements Screenings, ScreensAtHome {

    static final int MINIMUM_REASON_LENGTH = 10;

    private final CoupleRepository couples;
    private final ScreeningRepository screens;
    private final ClinicalAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningService(CoupleRepository couples, ScreeningRepository screens, ClinicalAccess access,
                     CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.couples = couples;
        this.screens = screens;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Screen record(UUID coupleId, NewScreen screen) {
        existing(coupleId);
        UUID screenId = UUID.randomUUID();
        access.require(RecordKind.SCREENING, coupleId, AuditAction.CREATE, Access.SCREEN, screenId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = RegistrationRules.screenProblems("", screen, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        couples.lock(coupleId);
        UUID partnerId = partners(coupleId).get(screen.partner() == PartnerSlot.A ? 0 : 1);
        return insert(screenId, coupleId, partnerId, screen, screen.screenedOn() == null ? today : screen.screenedOn(),
                null, RecordedBy.current(currentUser));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.PARTNER + "')") // the portal's partner only, instead of a staff role
    public Screen answer(UUID coupleId, UUID personId, String answeredBy, NewScreen answers) {
        existing(coupleId);
        List<UUID> partners = partners(coupleId);
        if (!partners.contains(personId)) {
            throw new InvalidInputException("partnerId", "This person is not one of the couple's partners.");
        }
        LocalDate today = LocalDate.now(clock);
        NewScreen own = new NewScreen(today, partners.indexOf(personId) == 0 ? PartnerSlot.A : PartnerSlot.B,
                answers.intimatePartnerViolence(), answers.coerciveControl(), answers.affair(),
                answers.substanceDependence(), answers.acuteCrisis(), null, false, answers.notes());
        Map<String, String> problems = RegistrationRules.screenProblems("", own, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        couples.lock(coupleId);
        return insert(UUID.randomUUID(), coupleId, personId, own, today, null,
                RecordedBy.partnerAtHome(answeredBy));
    }

    @Override
    @Transactional
    public Screen raiseAcuteCrisis(UUID coupleId, UUID partnerId, String raisedByRecord) {
        existing(coupleId);
        UUID screenId = UUID.randomUUID();
        access.require(RecordKind.SCREENING, coupleId, AuditAction.CREATE, Access.SCREEN, screenId);
        couples.lock(coupleId);
        List<UUID> partners = partners(coupleId);
        if (!partners.contains(partnerId)) {
            throw new InvalidInputException("partnerId", "This person is not one of the couple's partners.");
        }
        NewScreen crisis = new NewScreen(null, partners.indexOf(partnerId) == 0 ? PartnerSlot.A : PartnerSlot.B,
                RiskStatus.NONE, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE, true, null, false, null);
        return insert(screenId, coupleId, partnerId, crisis, LocalDate.now(clock), raisedByRecord,
                RecordedBy.current(currentUser));
    }

    private Screen insert(UUID screenId, UUID coupleId, UUID partnerId, NewScreen screen, LocalDate screenedOn,
                          @Nullable String raisedByRecord, RecordedBy by) {
        Set<ScreeningFlag> flags = screen.currentFlags();
        Screen recorded = screens.insertScreen(screenId, coupleId, partnerId, screen, screenedOn, flags, raisedByRecord,
                by, OffsetDateTime.now(clock));
        refreshStatus(coupleId);
        if (!flags.isEmpty()) {
            events.publishEvent(new ScreeningFlagRaised(coupleId, screenId, flags, screenedOn));
        }
        return recorded;
    }

    private List<UUID> partners(UUID coupleId) {
        StoredCouple couple = couples.find(coupleId).orElseThrow(
                () -> new NotFoundException("No couple with this id is registered."));
        return List.of(couple.partnerA().personId(), couple.partnerB().personId());
    }

    @Override
    @Transactional
    public RecordedDecision decide(UUID coupleId, NewDecision decision) {
        existing(coupleId);
        UUID decisionId = UUID.randomUUID();
        access.require(RecordKind.SCREENING, coupleId, AuditAction.CREATE, Access.DECISION, decisionId);
        LocalDate today = LocalDate.now(clock);
        checkDecision(decision, today);
        couples.lock(coupleId);
        ScreeningHistory history = history(coupleId);
        Screen underReview = history.underReview().orElseThrow(() -> new ConflictException(
                "No screen is waiting for a decision: " + nothingToDecide(history.status())));
        LocalDate decidedOn = decision.decidedOn() == null ? today : decision.decidedOn();
        if (decidedOn.isBefore(underReview.screenedOn())) {
            throw new InvalidInputException("decidedOn", "The decision can't come before the screen it decides ("
                    + EpisodeRules.DAY.format(underReview.screenedOn()) + ").");
        }
        RecordedDecision recorded;
        try {
            recorded = screens.insertDecision(decisionId, coupleId, underReview.id(), decision.decision(),
                    decision.reason().strip(), decidedOn, RecordedBy.current(currentUser), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException decidedMeanwhile) {
            throw new ConflictException("Someone else recorded a decision on this screen a moment ago: reload to see it.");
        }
        refreshStatus(coupleId);
        events.publishEvent(new ScreeningCleared(coupleId, underReview.id(), decisionId, decision.decision(), decidedOn));
        return recorded;
    }

    @Override
    @Transactional // the read is audited
    public ScreeningHistory historyOf(UUID coupleId) {
        existing(coupleId);
        access.require(RecordKind.SCREENING, coupleId, AuditAction.VIEW, "Screening", coupleId);
        return history(coupleId);
    }

    private ScreeningHistory history(UUID coupleId) {
        List<Screen> all = screens.screens(coupleId);
        List<RecordedDecision> decisions = screens.decisions(coupleId);
        return new ScreeningHistory(coupleId, ScreeningRules.evaluate(all, decisions, partners(coupleId)).status(), all,
                decisions);
    }

    private void refreshStatus(UUID coupleId) {
        ScreeningRules.Outcome outcome = ScreeningRules.evaluate(screens.screens(coupleId), screens.decisions(coupleId),
                partners(coupleId));
        couples.setScreening(coupleId, outcome.status(), outcome.flags());
    }

    private static void checkDecision(NewDecision decision, LocalDate today) {
        if (decision == null || decision.decision() == null) {
            throw new InvalidInputException("decision",
                    "Choose the decision: proceed with joint work, individual work first, or refer out.");
        }
        if (decision.reason() == null || decision.reason().strip().length() < MINIMUM_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Give the reason for the decision in a sentence (at least "
                    + MINIMUM_REASON_LENGTH + " characters).");
        }
        InputLimits.requireText("reason", decision.reason(), InputLimits.LINE);
        if (decision.decidedOn() != null && decision.decidedOn().isAfter(today)) {
            throw new InvalidInputException("decidedOn", "The decision can't be dated in the future.");
        }
        PlausibleDates.require("decidedOn", decision.decidedOn(), When.HAPPENED, today);
    }

    private static String nothingToDecide(ScreeningStatus status) {
        return switch (status) {
            case NOT_SCREENED -> "the couple has not been screened yet.";
            case PARTLY_SCREENED -> "only one partner has been screened so far, and without a concern.";
            case CLEAR -> "the newest screen flagged no current concern.";
            default -> "the flagged screen has been decided (" + status.label().toLowerCase() + "). "
                    + "To change course, record a new screen.";
        };
    }

    private void existing(UUID coupleId) {
        if (!couples.exists(coupleId)) {
            throw new NotFoundException("No couple with this id is registered.");
        }
    }
}
