package org.imagoclinic.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.BreakGlassReview;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue by team (ADR 0044): an administrator reviews the whole clinic's grants, a supervisor
 * (without the administrator role) those of the therapists they currently supervise.
 */
@Service
class BreakGlassReviewService implements BreakGlassReview {

    private final BreakGlassGrants grants;
    private final CurrentUser currentUser;
    private final ObjectProvider<SupervisionDirectory> supervision;
    private final AuditTrail audit;
    private final Clock clock;

    BreakGlassReviewService(BreakGlassGrants grants, CurrentUser currentUser, ObjectProvider<SupervisionDirectory> supervision,
                            AuditTrail audit, Clock clock) {
        this.grants = grants;
        this.currentUser = currentUser;
        this.supervision = supervision;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
    public List<BreakGlassGrant> awaitingReview() {
        SignedInAccount reviewer = currentUser.require();
        if (reviewer.hasRole(Roles.ADMIN)) {
            return grants.awaitingReview();
        }
        Set<UUID> team = supervisees(reviewer);
        return grants.awaitingReview().stream().filter(grant -> team.contains(grant.staffId())).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
    public BreakGlassGrant acknowledge(UUID grantId) {
        SignedInAccount reviewer = currentUser.require();
        BreakGlassGrant grant = grants.find(grantId)
                .orElseThrow(() -> new NotFoundException("No break-glass grant with this id."));
        if (reviewer.staffId().filter(grant.staffId()::equals).isPresent()) {
            throw new ExplainedRefusal("You can't review your own break-glass access: another supervisor or an"
                    + " administrator does.");
        }
        if (!reviewer.hasRole(Roles.ADMIN) && !supervisees(reviewer).contains(grant.staffId())) {
            throw new ExplainedRefusal("This break-glass access is by someone you don't supervise: their own supervisor"
                    + " or an administrator reviews it.");
        }
        if (!grants.acknowledge(grantId, reviewer.accountId(), reviewer.username(), clock.instant())) {
            throw new ConflictException("This break-glass access has been reviewed already.");
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, "BreakGlassGrant", grantId.toString(), grant.coupleId(),
                AuditOutcome.ALLOWED, "break-glass access by " + grant.username() + " reviewed"));
        return grants.find(grantId).orElseThrow();
    }

    private Set<UUID> supervisees(SignedInAccount reviewer) {
        SupervisionDirectory directory = supervision.getIfAvailable();
        return directory == null || reviewer.staffId().isEmpty() ? Set.of()
                : directory.currentSuperviseesOf(reviewer.staffId().get());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> openGrantsOfSignedInPerson() {
        return currentUser.get().flatMap(SignedInAccount::staffId)
                .map(staffId -> grants.inForceFor(staffId, clock.instant()))
                .orElse(List.of());
    }
}
