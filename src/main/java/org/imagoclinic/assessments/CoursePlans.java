package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;

/**
 * The course plan of a couple's episode of care, what payers and supervisors call a treatment plan
 * (ADR 0038): goals drawn from the couple's relationship vision, their chosen behaviour change
 * requests and the exits they are closing, each with a target and a review day; outcome targets on
 * the measures; and reviews on the measure schedule's review sessions, where the therapist records
 * progress per goal. Care team only (therapists and supervisors), every read and write audited.
 */
public interface CoursePlans {

    /**
     * The plan of the couple's open episode, else of their newest episode that has one.
     *
     * @throws org.imagoclinic.shared.NotFoundException when the couple has no plan yet
     */
    CoursePlan planOf(UUID coupleId);

    /**
     * Saves the plan of the couple's open episode as a new version; the earlier versions are kept.
     * A goal that keeps its {@code id} keeps its reviews' progress.
     *
     * @throws org.imagoclinic.shared.InvalidInputException naming each field that is wrong; nothing is saved
     * @throws org.imagoclinic.shared.ConflictException when the couple has no open episode, or someone
     *                                                  saved the plan at the same moment
     */
    CoursePlan save(UUID coupleId, CoursePlanInput input);

    /**
     * Records a review of the plan: progress for every goal, on a day that belongs to the latest
     * measure review that had fallen due by then.
     *
     * @throws org.imagoclinic.shared.InvalidInputException naming each field that is wrong; nothing is saved
     * @throws org.imagoclinic.shared.NotFoundException when the couple has no plan in an open episode
     */
    CoursePlan review(UUID coupleId, NewPlanReview input);

    /** What the plan's goals can be drawn from: the current vision's statements, chosen requests, exits not closed. */
    List<GoalCandidate> candidates(UUID coupleId);

    /**
     * Plans in open episodes whose review is overdue, for the couples the signed-in clinician cares for
     * or supervises, longest overdue first. Names and days only.
     */
    List<PlanDueForReview> overdueForMe();

    /** The plan as a PDF for the couple's file; audited as printed. */
    byte[] printable(UUID coupleId);
}
