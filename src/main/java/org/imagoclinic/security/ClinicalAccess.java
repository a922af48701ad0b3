package org.imagoclinic.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.jspecify.annotations.Nullable;

/**
 * The care-team rule, "minimum necessary" access to a couple's records, which every module's
 * services call before they read or write a couple's records:
 * <ul>
 *   <li>front desk: names, contacts, schedule and attendance; never clinical content;</li>
 *   <li>therapist: clinical content of the couples whose care team they are on;</li>
 *   <li>supervisor: clinical content of their current supervisees' couples (and their own);</li>
 *   <li>administrator: no clinical content by that role alone;</li>
 *   <li>break-glass: a therapist or supervisor who gives a reason may open a couple outside their care
 *       team for one hour, at most three times a clinic day; every grant waits for a review.</li>
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
     * Whether the signed-in person is a clinician (therapist or supervisor role) to whom the care-team
     * rule opens the couple: on its care team, supervising a therapist on it, or holding break-glass
     * access to it now. False for anyone without a clinical role. For the parts of the product open to
     * the front desk that a clinician sees only for their own couples, such as the schedule (ADR 0044).
     */
    boolean onCareTeam(UUID coupleId);

    /**
     * Opens a couple's records to the signed-in therapist or supervisor for one hour, with a reason
     * chosen from the list and one written in their own words; audited as break-glass access. The
     * grant waits in the review queue ({@link BreakGlassReview}) until someone acknowledges it.
     *
     * @throws org.imagoclinic.shared.InvalidInputException when no reason is chosen, or the written one is too short
     *         to explain anything
     * @throws org.imagoclinic.shared.BusinessRuleException when the person already opened records this way
     *         {@value #BREAK_GLASS_GRANTS_PER_DAY} times this clinic day (the refusal is audited)
     */
    BreakGlassGrant breakGlass(UUID coupleId, @Nullable BreakGlassCategory category, String reason);

    /** How many break-glass grants one person may open in one clinic day. */
    int BREAK_GLASS_GRANTS_PER_DAY = 3;

    /** Break-glass access granted in a period, newest first, for administrators and supervisors to review. */
    List<BreakGlassGrant> breakGlassLog(LocalDate from, LocalDate to);

    /**
     * One break-glass grant.
     *
     * @param staffId who opened the record
     * @param username their user name
     * @param category the reason chosen from the list
     * @param reason the reason in their own words
     * @param expiresAt one hour after {@code grantedAt}
     * @param acknowledgedAt when a supervisor or administrator acknowledged it; null while it awaits review
     * @param acknowledgedBy the user name of who acknowledged it; null while it awaits review
     */
    record BreakGlassGrant(UUID id, UUID staffId, String username, UUID coupleId, BreakGlassCategory category,
                           String reason, Instant grantedAt, Instant expiresAt, @Nullable Instant acknowledgedAt,
                           @Nullable String acknowledgedBy) {
    }
}
