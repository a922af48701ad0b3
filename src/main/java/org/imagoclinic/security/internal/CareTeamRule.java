package org.imagoclinic.security.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;

/** The care-team rule as a pure decision, so that every case can be tested as a table. */
final class CareTeamRule {

    private CareTeamRule() {
    }

    /**
     * @param roles the roles of the person asking
     * @param staffId their staff id, if their account is linked to one
     * @param careTeam the therapists on the couple's care team
     * @param supervisees the therapists the person asking currently supervises
     * @param breakGlass whether the person holds a break-glass grant for the couple in force now
     */
    record Request(Set<String> roles, Optional<UUID> staffId, RecordKind kind, Set<UUID> careTeam,
                   Set<UUID> supervisees, boolean breakGlass) {
    }

    /** The answer, with the reason in plain words: written to the audit trail and shown when refused. */
    record Decision(boolean allowed, String reason) {

        static Decision allow(String reason) {
            return new Decision(true, reason);
        }

        static Decision deny(String reason) {
            return new Decision(false, reason);
        }
    }

    static Decision decide(Request request) {
        Set<String> roles = request.roles();
        if (!request.kind().clinical()) {
            return roles.isEmpty() ? Decision.deny("Sign in first.") : Decision.allow("not clinical content");
        }
        boolean clinician = roles.contains(Roles.THERAPIST) || roles.contains(Roles.SUPERVISOR);
        if (!clinician) {
            return Decision.deny(roles.contains(Roles.ADMIN)
                    ? "Administrators see no clinical content unless they also work as a therapist or supervisor."
                    : "The front desk does not see clinical content such as " + request.kind().description() + ".");
        }
        if (request.staffId().isEmpty()) {
            return Decision.deny("Your account is not linked to a staff member, so you are on no couple's care team.");
        }
        UUID me = request.staffId().get();
        if (request.careTeam().contains(me)) {
            return Decision.allow("on the couple's care team");
        }
        if (roles.contains(Roles.SUPERVISOR) && request.careTeam().stream().anyMatch(request.supervisees()::contains)) {
            return Decision.allow("supervises a therapist on the couple's care team");
        }
        if (request.breakGlass()) {
            return Decision.allow("break-glass access");
        }
        return Decision.deny("You are not on this couple's care team. In an emergency, open the couple with "
                + "break-glass access and give your reason; it is recorded and reviewed.");
    }

    /**
     * Whether the person may put therapists on the couple's care team or change them (ADR 0028).
     * Deliberately blind to supervision and break-glass: both give access that ends (with the
     * supervision link, after an hour), and membership must not be a way to keep it.
     *
     * @param careTeam the therapists on the couple's care team now
     */
    static Decision decideAssignment(Set<String> roles, Optional<UUID> staffId, Set<UUID> careTeam) {
        boolean assigner = roles.contains(Roles.FRONT_DESK) || roles.contains(Roles.SUPERVISOR)
                || roles.contains(Roles.ADMIN);
        if (!assigner) {
            return Decision.deny("Therapists don't assign a couple's therapists: ask the front desk or a supervisor.");
        }
        boolean clinician = roles.contains(Roles.THERAPIST) || roles.contains(Roles.SUPERVISOR);
        if (!clinician) {
            return Decision.allow(roles.contains(Roles.FRONT_DESK) ? "as the front desk" : "as an administrator");
        }
        if (staffId.isPresent() && careTeam.contains(staffId.get())) {
            return Decision.allow("as a clinician on the couple's care team");
        }
        return Decision.deny("You are not on this couple's care team, so you can't put yourself or a colleague on it "
                + "(supervising a therapist or break-glass access does not count): the front desk or an "
                + "administrator assigns the therapists.");
    }
}
