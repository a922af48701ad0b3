package org.imagoclinic.billing.internal;

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
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ExplainedRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may do what with billing (ADR 0036): the front desk and administrators bill; administrators
 * alone change the fee schedule; a couple's balance is also open to the therapists on its care team
 * and their supervisors; the aging report also to supervisors. Every read and change that names a
 * couple is written to the audit trail.
 */
@Component
class BillingAccess {

    static final String BILLERS = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.ADMIN + "')";
    static final String ADMINS = "hasRole('" + Roles.ADMIN + "')";
    static final String BALANCE_READERS = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.ADMIN + "', '"
            + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')";
    static final String REPORT_READERS = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.ADMIN + "', '"
            + Roles.SUPERVISOR + "')";

    private final CurrentUser currentUser;
    private final ObjectProvider<CareTeamDirectory> careTeams;
    private final ObjectProvider<SupervisionDirectory> supervision;
    private final AuditTrail audit;

    BillingAccess(CurrentUser currentUser, ObjectProvider<CareTeamDirectory> careTeams,
                  ObjectProvider<SupervisionDirectory> supervision, AuditTrail audit) {
        this.currentUser = currentUser;
        this.careTeams = careTeams;
        this.supervision = supervision;
        this.audit = audit;
    }

    /** The name to record as who did it; "system" for background work. */
    String myName() {
        return currentUser.get().map(SignedInAccount::displayName).orElse("system");
    }

    boolean bills() {
        return currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)).orElse(false);
    }

    /** Writes an allowed read or change of a couple's billing records to the audit trail. */
    void audited(AuditAction action, String subjectType, Object subjectId, @Nullable UUID coupleId,
                 @Nullable String what) {
        audit.record(new AuditRecord(action, subjectType, String.valueOf(subjectId), coupleId, AuditOutcome.ALLOWED, what));
    }

    /** Lets billers and the couple's care team (with their supervisors) see its balance; refuses others, audited. */
    void requireMaySeeBalance(UUID coupleId) {
        if (bills() || onCareTeam(coupleId)) {
            return;
        }
        SignedInAccount me = currentUser.require();
        String reason = "You see the balances of your own couples only; this couple is not in your care.";
        audit.recordIndependently(new AuditRecord(AuditAction.VIEW, "Balance", coupleId.toString(), coupleId,
                AuditOutcome.DENIED, reason), new AuditActor(me.accountId(), me.staffId().orElse(null), me.username(), me.roles()));
        throw new ExplainedRefusal(reason);
    }

    private boolean onCareTeam(UUID coupleId) {
        SignedInAccount me = currentUser.require();
        if (me.staffId().isEmpty() || !(me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR))) {
            return false;
        }
        CareTeamDirectory directory = careTeams.getIfAvailable();
        Set<UUID> team = directory == null ? Set.of() : directory.careTeamOf(coupleId);
        UUID mine = me.staffId().get();
        if (team.contains(mine)) {
            return true;
        }
        SupervisionDirectory supervisors = supervision.getIfAvailable();
        return me.hasRole(Roles.SUPERVISOR) && supervisors != null
                && team.stream().anyMatch(supervisors.currentSuperviseesOf(mine)::contains);
    }
}
