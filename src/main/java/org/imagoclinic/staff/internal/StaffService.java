package org.imagoclinic.staff.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.staff.NewSignIn;
import org.imagoclinic.staff.SavedStaffMember;
import org.imagoclinic.staff.SignInStatus;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberAdded;
import org.imagoclinic.staff.StaffMemberDeactivated;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.staff.SupervisionAssigned;
import org.imagoclinic.staff.SupervisionLink;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads are for anyone signed in and run read-only (the class's default, so a write that forgets
 * its own annotations fails); every write is for administrators and runs in one read-write
 * transaction with the sign-in account and audit entries it touches.
 */
@Service
@PreAuthorize("isAuthenticated()")
// a lookup that finds nobody must not doom the caller's transaction (a feed or booking asking for a
// therapist id that does not exist answered 500 "rolled back because marked as rollback-only")
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
class StaffService implements StaffDirectory {

    static final String SUBJECT = "StaffMember";
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final int MAX_PAGE = 500;

    private final StaffRepository staff;
    private final SupervisionRepository supervision;
    private final StaffInput input;
    private final SignInAccounts signIns;
    private final Supervisions supervisions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(StaffRepository staff, SupervisionRepository supervision, StaffInput input, SignInAccounts signIns,
                 Supervisions supervisions, CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
                 Clock clock) {
        this.staff = staff;
        this.supervision = supervision;
        this.input = input;
        this.signIns = signIns;
        this.supervisions = supervisions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<StaffMember> find(StaffQuery query, int offset, int limit) {
        return staff.find(query, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    @Override
    public int count(StaffQuery query) {
        return staff.count(query);
    }

    @Override
    public StaffMember get(UUID id) {
        return staff.findById(id).orElseThrow(() -> new NotFoundException("There is no staff member " + id + "."));
    }

    @Override
    public List<StaffMember> activeSupervisors() {
        return staff.activeWithRole(Roles.SUPERVISOR);
    }

    @Override
    public List<SupervisionLink> supervisionHistory(UUID superviseeId) {
        return supervision.historyOf(superviseeId);
    }

    @Override
    public List<SupervisionLink> currentSupervisees(UUID supervisorId) {
        return supervision.heldBySupervisorOn(supervisorId, today());
    }

    @Override
    @PreAuthorize(ADMIN)
    public String suggestUsername(String firstName, String lastName) {
        return signIns.suggest(firstName, lastName);
    }

    @Override
    @PreAuthorize(ADMIN)
    public Optional<SignInStatus> signInOf(UUID id) {
        return signIns.statusOf(id);
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public SavedStaffMember add(StaffMemberDetails details) {
        return add(details, null);
    }

    /** Adds someone whose account gets a known password instead of a one-time one: the demo clinic only. */
    @PreAuthorize(ADMIN)
    @Transactional
    public SavedStaffMember addWithKnownPassword(StaffMemberDetails details, String password) {
        return add(details, password);
    }

    private SavedStaffMember add(StaffMemberDetails details, @Nullable String initialPassword) {
        input.check(details, null);
        UUID id = UUID.randomUUID();
        staff.insert(id, details);
        NewSignIn signIn = details.roles().isEmpty() ? null : signIns.open(id, details, initialPassword);
        StaffMember added = get(id);
        audit.record(AuditRecord.allowed(AuditAction.CREATE, SUBJECT, id).because(rolesOf(added)));
        events.publishEvent(new StaffMemberAdded(id, added.displayName(), added.roles()));
        return new SavedStaffMember(added, signIn);
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public SavedStaffMember change(UUID id, StaffMemberDetails details) {
        StaffMember before = get(id);
        if (!before.active()) {
            throw new ConflictException(before.displayName() + " is deactivated; their details no longer change.");
        }
        input.check(details, id);
        if (isMe(id) && before.roles().contains(Roles.ADMIN) && !details.roles().contains(Roles.ADMIN)) {
            throw new InvalidInputException("roles", "You can't take away your own administrator role; "
                    + "ask another administrator.");
        }
        signIns.update(before, details);
        staff.update(id, details);
        NewSignIn signIn = before.username() == null && !details.roles().isEmpty()
                ? signIns.open(id, details, null) : null;
        StaffMember after = get(id);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, SUBJECT, id).because("details changed"));
        if (!before.roles().equals(after.roles())) {
            audit.record(AuditRecord.allowed(AuditAction.PERMISSION_CHANGE, SUBJECT, id)
                    .because(rolesOf(before) + " → " + rolesOf(after)));
        }
        auditEnded(supervisions.afterChange(before, after, today()));
        return new SavedStaffMember(after, signIn);
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public StaffMember deactivate(UUID id) {
        StaffMember member = get(id);
        if (!member.active()) {
            return member;
        }
        if (isMe(id)) {
            throw new ConflictException("You can't deactivate yourself; ask another administrator.");
        }
        LocalDate today = today();
        staff.deactivate(id);
        signIns.deactivate(member);
        auditEnded(supervisions.afterDeactivation(id, today));
        audit.record(AuditRecord.allowed(AuditAction.PERMISSION_CHANGE, SUBJECT, id)
                .because("deactivated: can no longer sign in, stays on every record"));
        events.publishEvent(new StaffMemberDeactivated(id, today));
        return get(id);
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public SupervisionLink assignSupervisor(UUID superviseeId, UUID supervisorId, LocalDate startsOn) {
        PlausibleDates.require("startsOn", startsOn, When.PLANNED, LocalDate.now(clock));
        StaffMember supervisee = get(superviseeId);
        StaffMember supervisor = staff.findById(supervisorId).orElseThrow(() ->
                new InvalidInputException("supervisorId", "There is no staff member " + supervisorId + "."));
        Optional<UUID> previous = supervisions.assign(supervisee, supervisor, startsOn);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, SUBJECT, superviseeId)
                .because("supervised by " + supervisor.displayName() + " (" + supervisorId + ") from " + startsOn));
        events.publishEvent(new SupervisionAssigned(superviseeId, supervisorId, startsOn, previous.orElse(null)));
        return supervision.openLinkOf(superviseeId).orElseThrow();
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public NewSignIn resetPassword(UUID id) {
        StaffMember member = withSignIn(id);
        String password = signIns.resetPassword(member);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, SUBJECT, id)
                .because("password reset; a one-time password must be changed at the next sign-in"));
        return new NewSignIn(member.username(), password);
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public void unlock(UUID id) {
        StaffMember member = withSignIn(id);
        signIns.unlock(member);
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, SUBJECT, id).because("sign-in lock lifted"));
    }

    private StaffMember withSignIn(UUID id) {
        StaffMember member = get(id);
        if (member.username() == null) {
            throw new ConflictException(member.displayName() + " has no sign-in account.");
        }
        if (!member.active()) {
            throw new ConflictException(member.displayName() + " is deactivated and can no longer sign in.");
        }
        return member;
    }

    private void auditEnded(List<SupervisionLink> ended) {
        for (SupervisionLink link : ended) {
            audit.record(AuditRecord.allowed(AuditAction.UPDATE, SUBJECT, link.superviseeId())
                    .because("supervision by " + link.supervisorName() + " (" + link.supervisorId() + ") ended"));
        }
    }

    private boolean isMe(UUID id) {
        return currentUser.get().flatMap(CurrentUser.SignedInAccount::staffId).filter(id::equals).isPresent();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String rolesOf(StaffMember member) {
        return "roles [" + String.join(", ", member.roles().stream().sorted().toList()) + "]";
    }
}
