package org.imagoclinic.assessments.internal.imago;

import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.security.CareTeamDirectory;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The facts about a couple and the person signed in that the Imago records and session notes need:
 * the open episode, the partners, and whether the person is on the care
 * team (or supervises someone who is) rather than in through break-glass (ADR 0014).
 */
@Component
public class CoupleContext {

    private final Couples couples;
    private final CurrentUser currentUser;
    private final CareTeamDirectory careTeams;
    private final SupervisionDirectory supervision;

    CoupleContext(Couples couples, CurrentUser currentUser, CareTeamDirectory careTeams,
                  SupervisionDirectory supervision) {
        this.couples = couples;
        this.currentUser = currentUser;
        this.careTeams = careTeams;
        this.supervision = supervision;
    }

    /** The couple; {@link org.imagoclinic.shared.NotFoundException} when unknown. */
    public Couple couple(UUID coupleId) {
        return couples.get(coupleId);
    }

    /** The couple's open episode of care, which new records belong to. */
    public Episode openEpisode(Couple couple) {
        return couple.openEpisode().orElseThrow(() -> new ConflictException(
                "This couple has no open episode of care: open one before recording Imago work or notes."));
    }

    /** Checks that a person id is one of the couple's two partners. */
    public void requirePartner(Couple couple, @Nullable UUID personId, String field) {
        if (personId == null) {
            throw new InvalidInputException(field, "Choose which partner this is.");
        }
        if (!isPartner(couple, personId)) {
            throw new InvalidInputException(field, "This is not one of the couple's partners.");
        }
    }

    public static boolean isPartner(Couple couple, UUID personId) {
        return couple.partnerA().personId().equals(personId) || couple.partnerB().personId().equals(personId);
    }

    /** The partner's first name, for messages and the timeline. */
    public static String nameOf(Couple couple, @Nullable UUID personId) {
        if (personId == null) {
            return "Both";
        }
        Partner partner = couple.partnerA().personId().equals(personId) ? couple.partnerA() : couple.partnerB();
        return partner.displayName();
    }

    public SignedInAccount me() {
        return currentUser.require();
    }

    /** The signed-in clinician's staff id (the care-team rule has already refused anyone without one). */
    public UUID myStaffId() {
        return me().staffId().orElseThrow(() -> new ExplainedRefusal(
                "Your account is not linked to a staff member, so you can't keep clinical records."));
    }

    /**
     * Whether the signed-in person is on the couple's care team, or supervises a therapist who is:
     * the people a partner's confidential individual work is shared with. Break-glass access does
     * not count.
     */
    public boolean onCareTeam(UUID coupleId) {
        SignedInAccount account = me();
        if (account.staffId().isEmpty()) {
            return false;
        }
        UUID staffId = account.staffId().get();
        Set<UUID> team = careTeams.careTeamOf(coupleId);
        if (team.contains(staffId)) {
            return true;
        }
        return account.hasRole(Roles.SUPERVISOR)
                && team.stream().anyMatch(supervision.currentSuperviseesOf(staffId)::contains);
    }

    /** The signed-in therapist's current supervisor, when they work under supervision. */
    public @Nullable UUID supervisorOf(UUID staffId) {
        return supervision.currentSupervisorOf(staffId).orElse(null);
    }
}
