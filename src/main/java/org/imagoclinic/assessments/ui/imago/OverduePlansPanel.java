package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.PlanDueForReview;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

/**
 * A supervisor's "course plans overdue for review" on the home page: the plans of their own and their
 * supervisees' couples whose review day has passed unreviewed (ADR 0038), as a static queue.
 */
@org.springframework.stereotype.Component
class OverduePlansPanel implements HomePanel {

    private final CoursePlans plans;
    private final CurrentUser currentUser;

    OverduePlansPanel(CoursePlans plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty() || !account.get().hasRole(Roles.SUPERVISOR)) {
            return Optional.empty();
        }
        List<PlanDueForReview> overdue = plans.overdueForMe();
        return Optional.of(Queues.table("plans-overdue", "Course plans overdue for review",
                new String[] {"Couple", "Review due since", "Last reviewed"},
                overdue.stream().map(plan -> new Queues.Row(plan.coupleId(), 0, List.of(plan.coupleName(),
                        Dates.day(plan.dueSince()), plan.lastReviewedOn() == null ? "Never" : Dates.day(plan.lastReviewedOn()))))
                        .toList(), "No course plan is overdue for review."));
    }
}
