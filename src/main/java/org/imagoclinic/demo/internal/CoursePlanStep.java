package org.imagoclinic.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlanInput;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.GoalCandidate;
import org.imagoclinic.assessments.GoalProgress;
import org.imagoclinic.assessments.GoalSource;
import org.imagoclinic.assessments.NewPlanReview;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A course plan for each couple in care once their Imago work has given it material (ADR 0038): at
 * the sixth joint session the therapist draws goals from the couple's vision, the request chosen as a
 * gift and an exit not yet closed, each to be reviewed four weeks on, with both outcome targets. The
 * plan is reviewed at the first session on or after each review day (progress following the couple's
 * {@link Trajectory}), except for one of Dr Lee's couples, whose plan waits overdue on the supervisor's
 * home page.
 */
@Component
class CoursePlanStep implements DemoClinicStep {

    /** The joint session at which the plan is made. */
    static final int PLAN_AT = 6;
    private static final int REVIEW_AFTER_DAYS = 28;
    /** Dr Lee, the supervisee whose overdue plan the supervisor sees. */
    private static final String NEGLECTED_BY = "therapist";

    private final CoursePlans plans;

    CoursePlanStep(CoursePlans plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public void plan(DemoClinic clinic) {
        List<DemoCouple> inCare = clinic.couples().stream()
                .filter(c -> c.path() == CarePath.ACTIVE || c.path() == CarePath.PAUSED)
                .filter(c -> Trajectory.heldJointSessions(c).size() >= PLAN_AT).toList();
        DemoCouple neglected = inCare.stream().filter(c -> NEGLECTED_BY.equals(c.therapist().username()))
                .filter(c -> planDay(c).isBefore(clinic.today().minusDays(REVIEW_AFTER_DAYS + 7))).findFirst().orElse(null);
        for (DemoCouple couple : inCare) {
            List<DemoSession> held = Trajectory.heldJointSessions(couple);
            String therapist = couple.therapist().username();
            Trajectory.Kind kind = Trajectory.of(clinic, couple).kind();
            DemoSession planned = held.get(PLAN_AT - 1);
            clinic.at(planned.end().plusMinutes(12), therapist, "make the course plan of couple " + couple.number(),
                    () -> plans.save(couple.coupleId(), plan(couple, planned.start().toLocalDate())));
            if (couple == neglected) {
                continue;
            }
            for (DemoSession session : held.subList(PLAN_AT, held.size())) {
                LocalDate day = session.start().toLocalDate();
                clinic.at(session.end().plusMinutes(13), therapist, "review the course plan of couple " + couple.number()
                        + " if it is due", () -> reviewIfDue(couple, day, kind));
            }
        }
    }

    private static LocalDate planDay(DemoCouple couple) {
        return Trajectory.heldJointSessions(couple).get(PLAN_AT - 1).start().toLocalDate();
    }

    private CoursePlanInput plan(DemoCouple couple, LocalDate day) {
        List<CoursePlanInput.GoalInput> goals = new ArrayList<>();
        LocalDate reviewOn = day.plusDays(REVIEW_AFTER_DAYS);
        for (GoalSource source : GoalSource.values()) {
            GoalCandidate candidate = plans.candidates(couple.coupleId()).stream().filter(c -> c.source() == source)
                    .findFirst().orElse(null);
            if (candidate != null) {
                goals.add(new CoursePlanInput.GoalInput(null, source, candidate.recordId(), candidate.item(), goal(candidate),
                        target(source), reviewOn));
            }
        }
        return new CoursePlanInput(goals, new CoursePlan.OutcomeTargets(true, true));
    }

    private static String goal(GoalCandidate candidate) {
        return switch (candidate.source()) {
            case VISION -> candidate.text();
            case BEHAVIOUR_CHANGE_REQUEST -> "Give the chosen request as a gift: " + candidate.text();
            case EXIT -> "Close the exit \"" + candidate.text() + "\"";
        };
    }

    private static String target(GoalSource source) {
        return switch (source) {
            case VISION -> "Both partners say it was true on most days of the last fortnight.";
            case BEHAVIOUR_CHANGE_REQUEST -> "Kept at every follow-up until its time limit.";
            case EXIT -> "Not used for four weeks, by both partners' account.";
        };
    }

    private void reviewIfDue(DemoCouple couple, LocalDate day, Trajectory.Kind kind) {
        CoursePlan plan = plans.planOf(couple.coupleId());
        if (plan.nextReviewOn() == null || plan.nextReviewOn().isAfter(day)) {
            return;
        }
        GoalProgress progress = progress(kind, plan.reviews().size());
        plans.review(couple.coupleId(), new NewPlanReview(day, plan.goals().stream()
                .map(goal -> new NewPlanReview.Progress(goal.id(), progress, null)).toList(), note(progress)));
    }

    /** Improving couples move on with each review; the others stay near the start. */
    private static GoalProgress progress(Trajectory.Kind kind, int reviewsBefore) {
        return switch (kind) {
            case IMPROVING -> GoalProgress.values()[Math.min(GoalProgress.values().length - 1, reviewsBefore + 1)];
            case DISCORDANT, NOT_IMPROVING -> reviewsBefore == 0 ? GoalProgress.NOT_STARTED : GoalProgress.SOME_PROGRESS;
            case DETERIORATING -> GoalProgress.NOT_STARTED;
        };
    }

    private static @Nullable String note(GoalProgress progress) {
        return switch (progress) {
            case NOT_STARTED -> "Little change yet; we agreed to practise the dialogue at home twice a week.";
            case SOME_PROGRESS -> "Some progress; the request was kept on most days.";
            case MOSTLY_MET, MET -> null;
        };
    }
}
