package org.imagoclinic.assessments.ui.plan;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.RecordKind;

/**
 * The couple page's "Course plan" tab, placed between the measures and the progress tabs whose trend
 * charts it is read beside: the goals, the outcome targets with where each partner stands, the reviews.
 */
@org.springframework.stereotype.Component
class CoursePlanTab implements CoupleTab {

    private final CoursePlans plans;
    private final Couples couples;
    private final Clock clock;

    CoursePlanTab(CoursePlans plans, Couples couples, Clock clock) {
        this.plans = plans;
        this.couples = couples;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Course plan";
    }

    @Override
    public int order() {
        return 125;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.EXERCISE;
    }

    @Override
    public Component content(UUID coupleId) {
        return new PlanPanel(couples.get(coupleId), plans, clock);
    }
}
