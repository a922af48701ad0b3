package org.imagoclinic.security;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;

/**
 * The review of break-glass access: every grant waits in a queue until a supervisor or an
 * administrator acknowledges that they have looked at it, and the person holding a grant is
 * reminded of it on every page while it is open.
 */
public interface BreakGlassReview {

    /**
     * The grants nobody has acknowledged yet, oldest first: an administrator's whole clinic, a supervisor's
     * those of the therapists they currently supervise.
     */
    List<BreakGlassGrant> awaitingReview();

    /**
     * Records that the signed-in supervisor or administrator has reviewed a grant; audited. Nobody
     * reviews their own grant; a supervisor reviews only their supervisees' grants.
     *
     * @throws org.imagoclinic.shared.NotFoundException when there is no such grant
     * @throws org.imagoclinic.shared.ConflictException when it has been acknowledged already
     * @throws org.imagoclinic.shared.ExplainedRefusal when it is the reviewer's own grant, or, for a supervisor
     *         who is not an administrator, a grant of someone they don't supervise
     */
    BreakGlassGrant acknowledge(UUID grantId);

    /** The signed-in person's grants still open now, soonest to end first; empty for anyone else. */
    List<BreakGlassGrant> openGrantsOfSignedInPerson();
}
