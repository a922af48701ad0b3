package org.imagoclinic.assessments.internal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlanInput;
import org.imagoclinic.assessments.NewPlanReview;
import org.imagoclinic.assessments.internal.plan.CoursePlanStore.Content;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one check of a course plan and of a review, for the REST API and the form alike: every problem
 * at once, under the field's name ({@code goals[0].target}), before anything is written.
 */
@Component
class PlanInputRules {

    private final GoalSources sources;
    private final Clock clock;

    PlanInputRules(GoalSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** A review as it is stored once checked. */
    record CheckedReview(LocalDate reviewedOn, List<CoursePlan.Progress> progress, @Nullable String note) {
    }

    Content checked(Couple couple, Episode episode, CoursePlanInput input, @Nullable Content before) {
        if (input == null) {
            throw new InvalidInputException("goals", "Give the plan at least one goal.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        List<CoursePlanInput.GoalInput> goals = input.goals() == null ? List.of() : input.goals();
        InputLimits.checkItems(problems, "goals", goals, InputLimits.ITEMS);
        if (goals.isEmpty()) {
            problems.put("goals", "Give the plan at least one goal.");
        }
        InputLimits.refuseAny(problems);
        Set<UUID> savedIds = new HashSet<>();
        if (before != null) {
            before.goals().forEach(goal -> savedIds.add(goal.id()));
        }
        Set<UUID> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        List<CoursePlan.Goal> checked = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            String field = "goals[" + i + "]";
            CoursePlanInput.GoalInput goal = goals.get(i);
            if (goal == null) {
                problems.put(field, "Fill in the goal.");
                continue;
            }
            boolean savedBefore = goal.id() != null && savedIds.contains(goal.id());
            if (goal.id() != null && (!savedBefore || !seen.add(goal.id()))) {
                problems.put(field + ".id", "This is not one of the plan's goals: leave the id out for a new goal.");
            }
            filled(problems, field + ".goal", goal.goal(), "Say what the goal is.");
            filled(problems, field + ".target", goal.target(), "Say what will show that the goal is reached.");
            reviewDayProblem(problems, field + ".reviewOn", goal.reviewOn(), episode, today);
            GoalSources.Drawn drawn = null;
            if (goal.source() == null) {
                problems.put(field + ".source", "Choose what the goal is drawn from: the vision, a chosen request or an exit.");
            } else if (goal.recordId() == null) {
                problems.put(field + ".recordId", "Choose the record the goal is drawn from.");
            } else {
                drawn = sources.draw(couple, goal.source(), goal.recordId(), goal.item(), savedBefore);
                if (drawn.problem() != null) {
                    problems.put(field + "." + drawn.field(), drawn.problem());
                }
            }
            if (drawn != null && drawn.text() != null && blankToNull(goal.goal()) != null
                    && blankToNull(goal.target()) != null && goal.reviewOn() != null) {
                checked.add(new CoursePlan.Goal(savedBefore ? goal.id() : UUID.randomUUID(), goal.source(),
                        goal.recordId(), goal.source().itemized() ? goal.item() : null, drawn.text(), drawn.partnerName(),
                        goal.goal().trim(), goal.target().trim(), goal.reviewOn()));
            }
        }
        InputLimits.refuseAny(problems);
        return new Content(checked, input.targets() == null ? CoursePlan.OutcomeTargets.NONE : input.targets());
    }

    private static void reviewDayProblem(Map<String, String> problems, String field, @Nullable LocalDate day,
                                         Episode episode, LocalDate today) {
        if (day == null) {
            problems.put(field, "Choose the day the goal is reviewed by.");
            return;
        }
        PlausibleDates.check(problems, field, day, When.PLANNED, today);
        if (!problems.containsKey(field) && day.isBefore(episode.openedOn())) {
            problems.put(field, "The review day comes after the episode of care opened, on " + episode.openedOn() + ".");
        }
    }

    CheckedReview checkedReview(Episode episode, Content plan, NewPlanReview input) {
        if (input == null) {
            throw new InvalidInputException("progress", "Record the progress on every goal.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        PlausibleDates.check(problems, "reviewedOn", input.reviewedOn(), When.HAPPENED, today);
        LocalDate reviewedOn = input.reviewedOn() == null ? today : input.reviewedOn();
        if (!problems.containsKey("reviewedOn") && reviewedOn.isBefore(episode.openedOn())) {
            problems.put("reviewedOn", "A review comes after the episode of care opened, on " + episode.openedOn() + ".");
        }
        InputLimits.checkText(problems, "note", input.note(), InputLimits.TEXT);
        List<NewPlanReview.Progress> given = input.progress() == null ? List.of() : input.progress();
        InputLimits.checkItems(problems, "progress", given, InputLimits.ITEMS);
        InputLimits.refuseAny(problems);
        Map<UUID, CoursePlan.Goal> goals = new LinkedHashMap<>();
        plan.goals().forEach(goal -> goals.put(goal.id(), goal));
        Map<UUID, CoursePlan.Progress> progress = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "progress[" + i + "]";
            NewPlanReview.Progress entry = given.get(i);
            CoursePlan.Goal goal = entry == null || entry.goalId() == null ? null : goals.get(entry.goalId());
            if (goal == null) {
                problems.put(field + ".goalId", "This is not one of the plan's goals.");
                continue;
            }
            if (progress.containsKey(goal.id())) {
                problems.put(field + ".goalId", "This goal's progress is given twice.");
                continue;
            }
            if (entry.progress() == null) {
                problems.put(field + ".progress", "Say how far \"" + goal.goal() + "\" has come.");
            }
            InputLimits.checkText(problems, field + ".comment", entry.comment(), InputLimits.LINE);
            progress.put(goal.id(), new CoursePlan.Progress(goal.id(), goal.goal(), entry.progress(),
                    blankToNull(entry.comment())));
        }
        List<String> missing = goals.values().stream().filter(goal -> !progress.containsKey(goal.id()))
                .map(CoursePlan.Goal::goal).toList();
        if (!missing.isEmpty()) {
            problems.putIfAbsent("progress", "Record the progress on every goal; missing: " + String.join("; ", missing) + ".");
        }
        InputLimits.refuseAny(problems);
        return new CheckedReview(reviewedOn, List.copyOf(progress.values()), blankToNull(input.note()));
    }

    private static void filled(Map<String, String> problems, String field, @Nullable String text, String whenBlank) {
        if (text == null || text.isBlank()) {
            problems.put(field, whenBlank);
        } else {
            InputLimits.checkText(problems, field, text, InputLimits.LINE);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
