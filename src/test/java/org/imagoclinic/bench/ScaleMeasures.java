package org.imagoclinic.bench;

import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.assessments.BulkMeasures;
import org.imagoclinic.clients.BulkCouples;
import org.imagoclinic.scheduling.BulkAppointments;
import org.springframework.context.ConfigurableApplicationContext;

/** Assessments' part of the scale data: CSI-16 for both partners at baseline, reviews and closing of each episode. */
record ScaleMeasures(int perPartner) implements ScaleGenerator.ScalePart {

    @Override
    public String name() {
        return "measure administrations, " + perPartner + " per partner (assessments COPY)";
    }

    @Override
    public long fill(ConfigurableApplicationContext context, ScaleGenerator.ScaleFacts facts) {
        List<BulkMeasures.EpisodePlan> plans = new ArrayList<>(facts.couples.size());
        for (int i = 0; i < facts.couples.size(); i++) {
            BulkCouples.Created couple = facts.couples.get(i);
            BulkAppointments.WeeklySessions sessions = facts.weekly.get(i);
            plans.add(new BulkMeasures.EpisodePlan(couple.coupleId(), couple.episodeId(), couple.partnerAId(),
                    couple.partnerBId(), couple.therapistId(), sessions.firstDay(),
                    sessions.firstDay().plusWeeks(sessions.count() - 1L)));
        }
        facts.measures = context.getBean(BulkMeasures.class).create(plans, facts.today, perPartner, 44);
        return facts.measures.size();
    }
}
