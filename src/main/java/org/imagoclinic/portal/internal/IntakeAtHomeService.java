package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreensAtHome;
import org.imagoclinic.portal.IntakeAtHome;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's own safety screen and intake from home; see {@link IntakeAtHome}. */
@Service
class IntakeAtHomeService implements IntakeAtHome {

    static final String SCREEN_SUBJECT = "Screening";
    static final String INTAKE_SUBJECT = "IntakeAtHome";

    private final PortalSession session;
    private final ScreensAtHome screens;
    private final IntakeRepository intakes;
    private final ClinicalAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeAtHomeService(PortalSession session, ScreensAtHome screens, IntakeRepository intakes, ClinicalAccess access,
                        AuditTrail audit, Clock clock) {
        this.session = session;
        this.screens = screens;
        this.intakes = intakes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void answerSafetyScreen(NewScreen answers) {
        SignedInPartner me = session.require();
        Screen screen = screens.answer(me.coupleId(), me.personId(), me.calledName(), answers);
        // the audit line names the screen, never an answer
        audit.record(new AuditRecord(AuditAction.CREATE, SCREEN_SUBJECT, screen.id().toString(), me.coupleId(),
                AuditOutcome.ALLOWED, "safety screen answered at home"), PortalSignInOutcomes.actorOf(me.accountId()));
    }

    @Override
    @Transactional
    public void answerIntake(IntakeAnswers answers) {
        SignedInPartner me = session.require();
        IntakeAnswers cleaned = new IntakeAnswers(clean(answers.whatBringsYou()), clean(answers.hopes()),
                answers.priorTherapy(), clean(answers.priorTherapyNotes()), clean(answers.forTherapistOnly()));
        Map<String, String> problems = new LinkedHashMap<>();
        if (cleaned.whatBringsYou() == null) {
            problems.put("whatBringsYou", "Write a few words on what brings you to couples therapy.");
        }
        InputLimits.checkText(problems, "whatBringsYou", cleaned.whatBringsYou(), InputLimits.TEXT);
        InputLimits.checkText(problems, "hopes", cleaned.hopes(), InputLimits.TEXT);
        InputLimits.checkText(problems, "priorTherapyNotes", cleaned.priorTherapyNotes(), InputLimits.TEXT);
        InputLimits.checkText(problems, "forTherapistOnly", cleaned.forTherapistOnly(), InputLimits.TEXT);
        InputLimits.refuseAny(problems);
        intakes.insert(me.accountId(), me.coupleId(), me.personId(), cleaned, clock.instant());
        audit.record(new AuditRecord(AuditAction.CREATE, INTAKE_SUBJECT, me.personId().toString(), me.coupleId(),
                AuditOutcome.ALLOWED, "intake answered at home"), PortalSignInOutcomes.actorOf(me.accountId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> intakeSentAt() {
        SignedInPartner me = session.require();
        return intakes.lastSentAt(me.coupleId(), me.personId());
    }

    @Override
    // not read-only: the access check writes the audit trail
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public List<PartnerIntake> ofCouple(UUID coupleId) {
        access.require(RecordKind.INTAKE, coupleId, AuditAction.VIEW, INTAKE_SUBJECT, coupleId);
        return intakes.newestOfCouple(coupleId);
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
