package org.imagoclinic.records.internal;

import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.CareTeamDirectory;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ExplainedRefusal;
import org.springframework.stereotype.Component;

/**
 * Who may release a copy of a record (ADR 0040): a therapist or supervisor assigned to the couple's
 * open episode, or an administrator on a partner's open request. Supervising a therapist on the care
 * team and break-glass access do not count: a copy leaves the clinic.
 */
@Component
class ReleaseRule {

    /** Why a release was allowed, for its audit entry. */
    record Basis(String reason) {
    }

    private final CurrentUser currentUser;
    private final CareTeamDirectory careTeams;
    private final AuditTrail audit;

    ReleaseRule(CurrentUser currentUser, CareTeamDirectory careTeams, AuditTrail audit) {
        this.currentUser = currentUser;
        this.careTeams = careTeams;
        this.audit = audit;
    }

    /** Whether the signed-in person is a clinician on the couple's care team. */
    boolean onCareTeam(UUID coupleId) {
        return currentUser.get().filter(me -> me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR))
                .flatMap(SignedInAccount::staffId)
                .map(staffId -> careTeams.careTeamOf(coupleId).contains(staffId))
                .orElse(false);
    }

    boolean isAdministrator() {
        return currentUser.get().map(me -> me.hasRole(Roles.ADMIN)).orElse(false);
    }

    /**
     * Allows a care-team clinician, or an administrator when {@code requestOnRecord} says the request
     * is open; otherwise audits the refusal (in a transaction of its own) and throws.
     */
    Basis require(UUID coupleId, String subject, boolean requestOnRecord) {
        if (onCareTeam(coupleId)) {
            return new Basis("on the couple's care team");
        }
        if (isAdministrator() && requestOnRecord) {
            return new Basis("an administrator, on the request on record");
        }
        String reason = isAdministrator()
                ? "An administrator makes a copy only on a request on record: record the partner's request first."
                : "Only a therapist or supervisor on the couple's care team, or an administrator on a request on "
                + "record, makes a copy of a record.";
        throw refused(AuditAction.EXPORT, "RecordCopy", subject, coupleId, reason);
    }

    /** Allows a clinician on the couple's care team only, e.g. to decide on a correction; refusals audited. */
    void requireCareTeam(UUID coupleId, AuditAction action, String subjectType, String subject, String reason) {
        if (!onCareTeam(coupleId)) {
            throw refused(action, subjectType, subject, coupleId, reason);
        }
    }

    /** Audits a refusal in a transaction of its own, so that it stays when the caller's rolls back. */
    private ExplainedRefusal refused(AuditAction action, String subjectType, String subject, UUID coupleId, String reason) {
        SignedInAccount me = currentUser.require();
        audit.recordIndependently(new AuditRecord(action, subjectType, subject, coupleId, AuditOutcome.DENIED, reason),
                new AuditActor(me.accountId(), me.staffId().orElse(null), me.username(), Set.copyOf(me.roles())));
        return new ExplainedRefusal(reason);
    }
}
