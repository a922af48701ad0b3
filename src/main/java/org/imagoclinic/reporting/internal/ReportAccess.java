package org.imagoclinic.reporting.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see which figures, and over whose caseload: supervisors and administrators the clinic and
 * any team or therapist; a therapist their own caseload; the front desk engagement only.
 */
@Component
class ReportAccess {

    enum Figures { OUTCOMES, ENGAGEMENT, PRACTICE }

    /**
     * The episodes a report may count.
     *
     * @param therapists null: every therapist's; otherwise only episodes of these therapists
     * @param comparison whether the therapist comparison is shown (supervisors and administrators)
     */
    record Scope(@Nullable Set<UUID> therapists, boolean comparison) {
    }

    private final CurrentUser currentUser;
    private final SupervisionDirectory supervision;
    private final MeasureCatalogue catalogue;

    ReportAccess(CurrentUser currentUser, SupervisionDirectory supervision, MeasureCatalogue catalogue) {
        this.currentUser = currentUser;
        this.supervision = supervision;
        this.catalogue = catalogue;
    }

    Scope scope(ReportFilter filter, Figures figures) {
        check(filter);
        SignedInAccount user = currentUser.require();
        if (!clinical(user)) {
            refuseClinicalFilters(filter);
        }
        if (user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN)) {
            return new Scope(narrowed(filter), true);
        }
        if (user.hasRole(Roles.THERAPIST)) {
            UUID self = user.staffId().orElseThrow(() -> new ExplainedRefusal(
                    "Your sign-in is not linked to a therapist in the staff directory, so you have no caseload to report on."));
            if ((filter.therapistId() != null && !filter.therapistId().equals(self)) || filter.supervisorId() != null) {
                throw new ExplainedRefusal("A therapist sees the figures of their own caseload only.");
            }
            return new Scope(Set.of(self), false);
        }
        if (user.hasRole(Roles.FRONT_DESK) && figures == Figures.ENGAGEMENT) {
            return new Scope(narrowed(filter), false);
        }
        throw new ExplainedRefusal(user.hasRole(Roles.FRONT_DESK)
                ? "The front desk sees engagement figures only: outcomes and Imago practice are clinical."
                : "Your role does not include reports.");
    }

    /**
     * The filter as it applies to the signed-in person: a therapist's always names their own caseload,
     * so that the report, its exports and the audit trail say whose figures they are.
     */
    ReportFilter effective(ReportFilter filter) {
        SignedInAccount user = currentUser.require();
        boolean therapistOnly = user.hasRole(Roles.THERAPIST) && !user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ADMIN);
        return therapistOnly && filter.therapistId() == null && user.staffId().isPresent()
                ? filter.withTherapist(user.staffId().get()) : filter;
    }

    /**
     * Whether the signed-in person may filter by presenting concern and life stage: only clinicians
     * (therapists, supervisors). For the front desk and an administrator without a clinical role they
     * would single out couples by what brought them to therapy.
     */
    boolean clinicalFilters() {
        return clinical(currentUser.require());
    }

    /**
     * Whether the signed-in person sees exact counts: clinicians do; for anyone else counts below 5 are
     * suppressed ({@link org.imagoclinic.reporting.SmallCounts}).
     */
    boolean exactCounts() {
        return clinical(currentUser.require());
    }

    private static boolean clinical(SignedInAccount user) {
        return user.hasRole(Roles.THERAPIST) || user.hasRole(Roles.SUPERVISOR);
    }

    private static void refuseClinicalFilters(ReportFilter filter) {
        String why = " is a clinical filter, offered to therapists and supervisors only.";
        if (filter.concern() != null) {
            throw new InvalidInputException("concern", "The presenting concern" + why);
        }
        if (filter.lifeStage() != null) {
            throw new InvalidInputException("lifeStage", "The life stage" + why);
        }
    }

    /** Whether the signed-in person is a supervisor or an administrator. */
    boolean lead() {
        SignedInAccount user = currentUser.require();
        return user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN);
    }

    private @Nullable Set<UUID> narrowed(ReportFilter filter) {
        Set<UUID> therapists = null;
        if (filter.supervisorId() != null) {
            therapists = new HashSet<>(supervision.currentSuperviseesOf(filter.supervisorId()));
            therapists.add(filter.supervisorId());
        }
        if (filter.therapistId() != null) {
            therapists = therapists == null || therapists.contains(filter.therapistId())
                    ? Set.of(filter.therapistId()) : Set.of();
        }
        return therapists;
    }

    private void check(ReportFilter filter) {
        if (filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("from", "The period starts after it ends: pick a first day on or before "
                    + filter.to() + ".");
        }
        if (filter.from().plusYears(10).isBefore(filter.to())) {
            throw new InvalidInputException("from", "Pick a period of at most ten years.");
        }
        if (catalogue.find(filter.instrument()).isEmpty()) {
            throw new InvalidInputException("instrument", "There is no measure called " + filter.instrument()
                    + " in the catalogue.");
        }
    }
}
