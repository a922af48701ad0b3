package org.imagoclinic.assessments.internal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlanInput;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.GoalCandidate;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.NewPlanReview;
import org.imagoclinic.assessments.OutcomeReport;
import org.imagoclinic.assessments.PlanDueForReview;
import org.imagoclinic.assessments.internal.imago.CoupleContext;
import org.imagoclinic.assessments.internal.plan.CoursePlanStore.Content;
import org.imagoclinic.assessments.internal.plan.CoursePlanStore.MeasureReview;
import org.imagoclinic.assessments.internal.plan.CoursePlanStore.Stored;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '"
        + Roles.ADMIN + "')")
class CoursePlanService implements CoursePlans {

    static final String SUBJECT = "CoursePlan";
    static final String REVIEW = "CoursePlanReview";
    private static final String CSI_16 = "CSI-16";

    private final CoursePlanStore store;
    private final PlanInputRules rules;
    private final GoalSources sources;
    private final CoupleContext context;
    private final ClinicalAccess access;
    private final MeasureOutcomes outcomes;
    private final CoursePlanPdf pdf;
    private final Clock clock;

    CoursePlanService(CoursePlanStore store, PlanInputRules rules, GoalSources sources, CoupleContext context,
                      ClinicalAccess access, MeasureOutcomes outcomes, CoursePlanPdf pdf, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.sources = sources;
        this.context = context;
        this.access = access;
        this.outcomes = outcomes;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CoursePlan planOf(UUID coupleId) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        Couple couple = context.couple(coupleId);
        return present(couple, currentOf(couple).orElseThrow(() -> new NotFoundException(
                couple.displayName() + " have no course plan yet.")));
    }

    @Override
    @Transactional
    public CoursePlan save(UUID coupleId, CoursePlanInput input) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.UPDATE, SUBJECT, coupleId);
        Couple couple = context.couple(coupleId);
        Episode episode = context.openEpisode(couple);
        Optional<Stored> before = store.ofEpisode(episode.id());
        Content content = rules.checked(couple, episode, input, before.map(Stored::content).orElse(null));
        UUID planId = store.lockPlanOf(coupleId, episode.id(), clock.instant());
        int version = store.ofEpisode(episode.id()).map(Stored::version).orElse(0) + 1;
        try {
            store.addVersion(planId, version, content, context.myStaffId(), context.me().displayName(), clock.instant());
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new ConflictException("Someone saved this course plan at the same moment: reload it and make your "
                    + "change again.");
        }
        return present(couple, store.ofEpisode(episode.id()).orElseThrow());
    }

    @Override
    @Transactional
    public CoursePlan review(UUID coupleId, NewPlanReview input) {
        UUID id = UUID.randomUUID();
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.CREATE, REVIEW, id);
        Couple couple = context.couple(coupleId);
        Episode episode = context.openEpisode(couple);
        if (store.ofEpisode(episode.id()).isEmpty()) {
            throw new NotFoundException(couple.displayName()
                    + " have no course plan in their open episode: save one before reviewing it.");
        }
        store.lockPlanOf(coupleId, episode.id(), clock.instant());
        Stored plan = store.ofEpisode(episode.id()).orElseThrow();
        PlanInputRules.CheckedReview checked = rules.checkedReview(episode, plan.content(), input);
        Integer afterSessions = ReviewSchedule.measureReviewOn(store.measureReviews(episode.id()), checked.reviewedOn());
        store.addReview(plan.id(), new CoursePlan.Review(id, checked.reviewedOn(), afterSessions, checked.progress(),
                checked.note(), context.me().displayName(), clock.instant()), context.myStaffId());
        return present(couple, plan);
    }

    @Override
    @Transactional
    public List<GoalCandidate> candidates(UUID coupleId) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.VIEW, SUBJECT + "Sources", coupleId);
        return sources.candidates(context.couple(coupleId));
    }

    @Override
    @Transactional
    public List<PlanDueForReview> overdueForMe() {
        if (context.me().staffId().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanDueForReview> overdue = new ArrayList<>();
        // names and days only, no goals: not audited as a record read, like the measures due (ADR 0013)
        for (Stored plan : store.inOpenEpisodes()) {
            List<CoursePlan.Review> reviews = store.reviewsOf(plan.id());
            LocalDate last = reviews.isEmpty() ? null : reviews.getFirst().reviewedOn();
            LocalDate next = ReviewSchedule.next(plan.content().goals(), store.measureReviews(plan.episodeId()), last)
                    .orElse(null);
            if (ReviewSchedule.overdue(next, today) && context.onCareTeam(plan.coupleId())) {
                overdue.add(new PlanDueForReview(plan.coupleId(), context.couple(plan.coupleId()).displayName(), next, last));
            }
        }
        overdue.sort(Comparator.comparing(PlanDueForReview::dueSince));
        return overdue;
    }

    @Override
    @Transactional
    public byte[] printable(UUID coupleId) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.PRINT, SUBJECT, coupleId);
        Couple couple = context.couple(coupleId);
        CoursePlan plan = present(couple, currentOf(couple).orElseThrow(() -> new NotFoundException(
                couple.displayName() + " have no course plan yet.")));
        return pdf.write(plan, context.me().displayName());
    }

    private Optional<Stored> currentOf(Couple couple) {
        return couple.openEpisode().flatMap(episode -> store.ofEpisode(episode.id()))
                .or(() -> store.newestOf(couple.id()));
    }

    private CoursePlan present(Couple couple, Stored plan) {
        List<CoursePlan.Review> reviews = store.reviewsOf(plan.id());
        List<MeasureReview> measureReviews = store.measureReviews(plan.episodeId());
        LocalDate last = reviews.isEmpty() ? null : reviews.getFirst().reviewedOn();
        LocalDate next = ReviewSchedule.next(plan.content().goals(), measureReviews, last).orElse(null);
        OutcomeReport.InstrumentOutcome instrument = measuredOn(couple);
        return new CoursePlan(plan.id(), couple.id(), couple.displayName(), plan.episodeId(), plan.version(),
                plan.content().goals(), plan.content().targets(), next, ReviewSchedule.overdue(next, LocalDate.now(clock)),
                targetProgress(couple, instrument), normsUsed(instrument), reviews, plan.savedBy(), plan.savedAt());
    }

    /** The instrument the targets are measured on: CSI-16, unless only another was answered; null before any. */
    private OutcomeReport.@Nullable InstrumentOutcome measuredOn(Couple couple) {
        OutcomeReport report = outcomes.outcomesOf(couple.id());
        return report.instruments().stream().filter(outcome -> CSI_16.equals(outcome.instrumentCode())).findFirst()
                .or(() -> report.instruments().stream().findFirst()).orElse(null);
    }

    private static String normsUsed(OutcomeReport.@Nullable InstrumentOutcome instrument) {
        if (instrument == null) {
            return "No measures yet.";
        }
        return instrument.norms() != null ? "Classes from " + instrument.norms().describe() + "."
                : String.valueOf(instrument.noClassificationReason());
    }

    private List<CoursePlan.PartnerTarget> targetProgress(Couple couple, OutcomeReport.@Nullable InstrumentOutcome instrument) {
        if (instrument == null) {
            return List.of(new CoursePlan.PartnerTarget(couple.partnerA().displayName(), CSI_16, null, null, null),
                    new CoursePlan.PartnerTarget(couple.partnerB().displayName(), CSI_16, null, null, null));
        }
        return instrument.partners().stream().map(partner -> new CoursePlan.PartnerTarget(partner.partnerName(),
                instrument.instrumentCode(), partner.current() == null ? null : partner.current().score(),
                aboveCutoff(partner.current()), partner.outcome())).toList();
    }

    private static @Nullable Boolean aboveCutoff(OutcomeReport.@Nullable Point current) {
        return current == null ? null : !current.clinicalRange();
    }
}
