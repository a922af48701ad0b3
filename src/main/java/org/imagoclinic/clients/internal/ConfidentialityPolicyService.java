package org.imagoclinic.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.ConfidentialityPolicies;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.ConfidentialityPolicyChange;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.security.CareTeamDirectory;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.ConflictException;
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
@PreAuthorize(Access.CLINICIANS)
class ConfidentialityPolicyService implements ConfidentialityPolicies {

    static final String SUBJECT = "ConfidentialityPolicy";

    private final CoupleRepository couples;
    private final Couples couplesApi;
    private final ClinicalAccess access;
    private final CareTeamDirectory careTeams;
    private final ObjectProvider<SupervisionDirectory> supervision;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConfidentialityPolicyService(CoupleRepository couples, Couples couplesApi, ClinicalAccess access,
                                 CareTeamDirectory careTeams, ObjectProvider<SupervisionDirectory> supervision,
                                 AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.couples = couples;
        this.couplesApi = couplesApi;
        this.access = access;
        this.careTeams = careTeams;
        this.supervision = supervision;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Couple change(UUID coupleId, ConfidentialityPolicyChange change) {
        couples.find(coupleId).orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
        access.require(RecordKind.INTAKE, coupleId, AuditAction.UPDATE, SUBJECT, coupleId);
        requireOnCareTeam(coupleId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = problems(change, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        couples.lock(coupleId);
        StoredCouple couple = couples.find(coupleId).orElseThrow();
        ConfidentialityPolicy before = couple.relationship().confidentialityPolicy();
        if (before == change.policy()) {
            throw new ConflictException(couple.displayName() + " already have the policy \"" + before.label() + "\".");
        }
        RecordedBy me = RecordedBy.current(currentUser);
        OffsetDateTime now = OffsetDateTime.now(clock);
        couples.changePolicy(coupleId, change.policy(), now);
        couples.insertConsent(coupleId, couple.partnerA().personId(),
                new ConsentEntry(ConsentKind.CONFIDENTIALITY_POLICY, PartnerSlot.A, true, change.partnerAConsentedOn()),
                change.partnerAConsentedOn(), me, now);
        couples.insertConsent(coupleId, couple.partnerB().personId(),
                new ConsentEntry(ConsentKind.CONFIDENTIALITY_POLICY, PartnerSlot.B, true, change.partnerBConsentedOn()),
                change.partnerBConsentedOn(), me, now);
        String reason = Text.clean(change.reason());
        audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, coupleId.toString(), coupleId, AuditOutcome.ALLOWED,
                "confidentiality policy changed from \"" + before.label() + "\" to \"" + change.policy().label()
                        + "\" with both partners' consent (partner A on " + change.partnerAConsentedOn()
                        + ", partner B on " + change.partnerBConsentedOn() + "); records written before keep the "
                        + "policy they were written under" + (reason == null ? "" : "; why: " + reason)));
        return couplesApi.get(coupleId);
    }

    /**
     * On the care team, or supervising a therapist who is: a policy change is agreed with the couple,
     * not made by someone who opened their record in an emergency.
     */
    private void requireOnCareTeam(UUID coupleId) {
        SignedInAccount me = currentUser.require();
        UUID staffId = me.staffId().orElse(null);
        Set<UUID> team = careTeams.careTeamOf(coupleId);
        SupervisionDirectory directory = supervision.getIfAvailable();
        boolean supervises = staffId != null && me.hasRole(Roles.SUPERVISOR) && directory != null
                && team.stream().anyMatch(directory.currentSuperviseesOf(staffId)::contains);
        if (staffId == null || !(team.contains(staffId) || supervises)) {
            throw new ExplainedRefusal("Only the couple's care team changes their confidentiality policy, with both "
                    + "partners' consent; break-glass access does not allow it.");
        }
    }

    private static Map<String, String> problems(@Nullable ConfidentialityPolicyChange change, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (change == null || change.policy() == null) {
            problems.put("policy", "Choose the confidentiality policy both partners agreed to.");
        }
        consentDay(problems, "partnerAConsentedOn", change == null ? null : change.partnerAConsentedOn(), "A", today);
        consentDay(problems, "partnerBConsentedOn", change == null ? null : change.partnerBConsentedOn(), "B", today);
        InputLimits.checkText(problems, "reason", change == null ? null : change.reason(), InputLimits.LINE);
        return problems;
    }

    private static void consentDay(Map<String, String> problems, String field, @Nullable LocalDate day, String partner,
                                   LocalDate today) {
        if (day == null) {
            problems.put(field, "Enter the day partner " + partner + " agreed to the new policy: both partners must.");
        } else if (day.isAfter(today)) {
            problems.put(field, "A consent can't be dated in the future.");
        }
        PlausibleDates.check(problems, field, day, When.HAPPENED, today);
    }
}
