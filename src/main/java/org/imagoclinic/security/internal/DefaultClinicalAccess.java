package org.imagoclinic.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.security.CareTeamDirectory;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultClinicalAccess implements ClinicalAccess {

    static final Duration BREAK_GLASS_DURATION = Duration.ofHours(1);
    static final int MINIMUM_REASON_LENGTH = 10;

    private final CurrentUser currentUser;
    private final ObjectProvider<CareTeamDirectory> careTeams;
    private final ObjectProvider<SupervisionDirectory> supervision;
    private final BreakGlassGrants grants;
    private final AuditTrail audit;
    private final Clock clock;

    DefaultClinicalAccess(CurrentUser currentUser, ObjectProvider<CareTeamDirectory> careTeams,
                          ObjectProvider<SupervisionDirectory> supervision, BreakGlassGrants grants, AuditTrail audit,
                          Clock clock) {
        this.currentUser = currentUser;
        this.careTeams = careTeams;
        this.supervision = supervision;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void require(RecordKind kind, UUID coupleId, AuditAction action, String subjectType, Object subjectId) {
        SignedInAccount account = currentUser.require();
        CareTeamRule.Decision decision = decide(account, kind, coupleId);
        AuditRecord entry = new AuditRecord(action, subjectType, String.valueOf(subjectId), coupleId,
                decision.allowed() ? AuditOutcome.ALLOWED : AuditOutcome.DENIED, decision.reason());
        if (decision.allowed()) {
            if (kind.clinical()) {
                audit.record(entry);
            }
            return;
        }
        audit.recordIndependently(entry, SecurityAuditActorResolver.actorOf(account));
        throw new ExplainedRefusal(decision.reason());
    }

    @Override
    @Transactional
    public String requireCareTeamAssignment(UUID coupleId, AuditAction action, String subjectType, Object subjectId) {
        SignedInAccount account = currentUser.require();
        CareTeamRule.Decision decision = decideAssignment(account, coupleId);
        if (!decision.allowed()) {
            audit.recordIndependently(new AuditRecord(action, subjectType, String.valueOf(subjectId), coupleId,
                    AuditOutcome.DENIED, "care team assignment refused: " + decision.reason()),
                    SecurityAuditActorResolver.actorOf(account));
            throw new ExplainedRefusal(decision.reason());
        }
        return decision.reason();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAssignCareTeam(UUID coupleId) {
        return currentUser.get().map(account -> decideAssignment(account, coupleId).allowed()).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean may(RecordKind kind, UUID coupleId) {
        return currentUser.get().map(account -> decide(account, kind, coupleId).allowed()).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onCareTeam(UUID coupleId) {
        return currentUser.get().filter(account -> account.hasRole(Roles.THERAPIST) || account.hasRole(Roles.SUPERVISOR))
                .map(account -> decide(account, RecordKind.SESSION_NOTE, coupleId).allowed()).orElse(false);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public BreakGlassGrant breakGlass(UUID coupleId, @Nullable BreakGlassCategory category, String reason) {
        SignedInAccount account = currentUser.require();
        if (category == null) {
            throw new InvalidInputException("category", "Choose why you need to open this couple's records.");
        }
        String why = reason == null ? "" : reason.trim();
        // characters as the database counts them: a letter outside the BMP is one, not two UTF-16 units
        if (why.codePointCount(0, why.length()) < MINIMUM_REASON_LENGTH) {
            throw new InvalidInputException("reason",
                    "Say why you need to open this couple's records (at least " + MINIMUM_REASON_LENGTH + " characters).");
        }
        InputLimits.requireText("reason", why, InputLimits.LINE);
        UUID staffId = account.staffId().orElseThrow(() -> new ExplainedRefusal(
                "Your account is not linked to a staff member, so break-glass access can't be recorded for you."));
        CareTeamDirectory directory = careTeams.getIfAvailable();
        if (directory != null && !directory.isRegistered(coupleId)) {
            throw new NotFoundException("No couple with this id is registered.");
        }
        Instant now = clock.instant();
        grants.lockPerson(account.accountId());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int grantedToday = grants.countGrantedTo(staffId, today.atStartOfDay(clock.getZone()).toInstant(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        if (grantedToday >= BREAK_GLASS_GRANTS_PER_DAY) {
            audit.recordIndependently(new AuditRecord(AuditAction.BREAK_GLASS, "Couple", coupleId.toString(), coupleId,
                    AuditOutcome.DENIED, "refused: " + grantedToday + " break-glass grants today already, the most one person"
                    + " may open in a clinic day; reason given: " + category.label() + ": " + why),
                    SecurityAuditActorResolver.actorOf(account));
            throw new BusinessRuleException("You have opened records outside your care team " + grantedToday
                    + " times today, the most one person may in a clinic day. Ask the couple's therapist, their"
                    + " supervisor or an administrator, who can reach the record through the care team.");
        }
        BreakGlassGrant grant = new BreakGlassGrant(UUID.randomUUID(), staffId, account.username(), coupleId, category,
                why, now, now.plus(BREAK_GLASS_DURATION), null, null);
        grants.insert(grant, account.accountId());
        audit.record(new AuditRecord(AuditAction.BREAK_GLASS, "Couple", coupleId.toString(), coupleId,
                AuditOutcome.ALLOWED, category.label() + ": " + why));
        return grant;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
    public List<BreakGlassGrant> breakGlassLog(LocalDate from, LocalDate to) {
        return grants.grantedBetween(from.atStartOfDay(clock.getZone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private CareTeamRule.Decision decide(SignedInAccount account, RecordKind kind, UUID coupleId) {
        boolean needsFacts = kind.clinical() && account.staffId().isPresent();
        Set<UUID> careTeam = needsFacts ? careTeamOf(coupleId) : Set.of();
        Set<UUID> supervisees = needsFacts && account.hasRole(Roles.SUPERVISOR)
                ? superviseesOf(account.staffId().get()) : Set.of();
        boolean breakGlass = needsFacts && grants.inForce(account.staffId().get(), coupleId, clock.instant());
        return CareTeamRule.decide(new CareTeamRule.Request(account.roles(), account.staffId(), kind, careTeam,
                supervisees, breakGlass));
    }

    private CareTeamRule.Decision decideAssignment(SignedInAccount account, UUID coupleId) {
        boolean clinician = account.hasRole(Roles.THERAPIST) || account.hasRole(Roles.SUPERVISOR);
        Set<UUID> careTeam = clinician && account.staffId().isPresent() ? careTeamOf(coupleId) : Set.of();
        return CareTeamRule.decideAssignment(account.roles(), account.staffId(), careTeam);
    }

    private Set<UUID> careTeamOf(UUID coupleId) {
        CareTeamDirectory directory = careTeams.getIfAvailable();
        return directory == null ? Set.of() : directory.careTeamOf(coupleId);
    }

    private Set<UUID> superviseesOf(UUID supervisorId) {
        SupervisionDirectory directory = supervision.getIfAvailable();
        return directory == null ? Set.of() : directory.currentSuperviseesOf(supervisorId);
    }
}
