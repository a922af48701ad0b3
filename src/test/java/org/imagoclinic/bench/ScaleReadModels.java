package org.imagoclinic.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import org.imagoclinic.assessments.BulkMeasures;
import org.imagoclinic.clients.BulkCouples;
import org.imagoclinic.reporting.BulkReadModels;
import org.imagoclinic.reporting.BulkReadModels.CoupleFacts;
import org.imagoclinic.reporting.BulkReadModels.MeasureFacts;
import org.imagoclinic.reporting.BulkReadModels.SessionFacts;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.BulkAppointments;
import org.imagoclinic.scheduling.CancelledBy;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reporting's part of the scale data: its read models from the facts the other parts wrote, told
 * as those modules' events would tell them. The sessions are streamed from the same plans (the
 * plans give the same sessions every time), so 5 million of them never sit in memory at once.
 */
record ScaleReadModels() implements ScaleGenerator.ScalePart {

    @Override
    public String name() {
        return "reporting read models (reporting COPY + set-based aggregates)";
    }

    @Override
    public long fill(ConfigurableApplicationContext context, ScaleGenerator.ScaleFacts facts) {
        ZoneId zone = context.getBean(Clock.class).getZone();
        List<CoupleFacts> couples = facts.couples.stream().map(ScaleReadModels::couple).toList();
        Iterable<SessionFacts> sessions = () -> sessions(facts, zone);
        List<MeasureFacts> measures = facts.measures.stream().map(ScaleReadModels::measure).toList();
        return context.getBean(BulkReadModels.class).create(couples, sessions, measures);
    }

    static CoupleFacts couple(BulkCouples.Created couple) {
        return new CoupleFacts(couple.coupleId(), couple.registeredOn(), couple.lifeStage(), List.of(), couple.episodeId(),
                couple.openedOn(), couple.closedOn(), couple.ending(), couple.therapistId());
    }

    static MeasureFacts measure(BulkMeasures.Written form) {
        return new MeasureFacts(form.administrationId(), form.coupleId(), form.partnerId(), form.episodeId(),
                form.instrumentCode(), form.score(), form.clinicalRange(), form.administeredOn());
    }

    static SessionFacts session(BulkAppointments.WeeklySessions plan, BulkAppointments.PlannedSession session) {
        boolean cancelled = session.status() == AppointmentStatus.CANCELLED;
        return new SessionFacts(session.appointmentId(), AppointmentKind.JOINT, plan.coupleId(), plan.episodeId(),
                plan.therapistId(), session.start().toInstant(), session.status(), cancelled ? CancelledBy.CLIENT : null,
                false);
    }

    private static Iterator<SessionFacts> sessions(ScaleGenerator.ScaleFacts facts, ZoneId zone) {
        return facts.weekly.stream().flatMap(plan -> plan.sessions(facts.today, zone, facts.sessionSeed).stream()
                .map(session -> session(plan, session))).iterator();
    }
}
