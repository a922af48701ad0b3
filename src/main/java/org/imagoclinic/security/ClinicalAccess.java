package org.imagoclinic.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;

/**
 * The care-team rule, "minimum necessary" access to a couple's records, which every module's
 * services call before they read or write a couple's records:
 * <ul>
 *   <li>front desk: names, contacts, schedule and attendance; never clinical content;</li>
 *   <li>therapist: clinical content of the couples whose care team they are on;</li>
 *   <li>supervisor: clinical content of their current supervisees' couples (and their own);</li>
 *   <li>administrator: no clinical content by that role alone;</li>
 *   <li>break-glass: a therapist or supervisor who gives a written reason may open a couple outside
 *       their care team for one hour.</li>
 * </ul>
 * Every decision on clinical content, allowed or denied, is written to the audit trail.
 */
public interface ClinicalAccess {

    /**
     * Checks that the signed-in person may act on one of a couple's records, and audits it.
     *
     * @throws org.springframework.security.access.AccessDeniedException with a plain-words reason when not
     */
    void require(RecordKind kind, UUID coupleId, AuditAction action, String subjectType, Object subjectId);

    /**
     * Checks that the signed-in person may put therapists on the couple's care team or change them:
     * the front desk and administrators may; a clinician (therapist or supervisor role) only when
     * already on the couple's care team themselves, a therapist without another role never.
     * Supervising a team member and break-glass grants do not count. A refusal is audited as denied;
     * the caller audits the change itself, with whom and why.
     *
     * @return in what capacity the person assigns, e.g. "as the front desk", for that audit entry
     * @throws org.springframework.security.access.AccessDeniedException with a plain-words reason when not
     */
    String requireCareTeamAssignment(UUID coupleId, AuditAction action, String subjectType, Object subjectId);

    /** Whether {@link #requireCareTeamAssignment} would allow the signed-in person; for hiding buttons. */
    boolean mayAssignCareTeam(UUID coupleId);

    /** Whether the signed-in person may see this kind of the couple's records; for hiding what they may not open. */
    boolean may(RecordKind kind, UUID coupleId);

    /**
     * Opens a couple's records to the signed-in therapist or supervisor for one hour, with a
     * written reason; audited as break-glass access.
     *
     * @throws IllegalArgumentException when the reason is too short to explain anything
     */
    BreakGlassGrant breakGlass(UUID coupleId, String reason);

    /** Break-glass access granted in a period, newest first, for administrators and supervisors to review. */
    List<BreakGlassGrant> breakGlassLog(LocalDate from, LocalDate to);

    /**
     * One break-glass grant.
     *
     * @param staffId who opened the record
     * @param username their user name
     * @param expiresAt one hour after {@code grantedAt}
     */
    record BreakGlassGrant(UUID id, UUID staffId, String username, UUID coupleId, String reason, Instant grantedAt,
                           Instant expiresAt) {
    }
}
