package org.imagoclinic.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The CSI-16 of both partners, entered by the therapist at the start of a joint session: a baseline at
 * the first, a review at every fourth, and for a completed course a closing measure at the last, planned
 * a session ahead. Each partner's underlying satisfaction follows the couple's {@link Trajectory}; the form
 * is answered from it ({@link AnswerSets}), so the items hang together as real answers do and the clinic's
 * own norms for reliable change can be worked out from the baselines (ADR 0032). A few reviews of the last
 * fortnight are left due, as in a real week.
 */
@Component
class MeasuresStep implements DemoClinicStep {

    static final String CSI_16 = "CSI-16";

    /** A planned form: whose, when, the answers (positions as printed) and the total they score. */
    record PlannedMeasure(DemoCouple couple, boolean partnerA, LocalDate on, List<Integer> answers, int total) {
    }

    private final MeasureAdministrations administrations;
    private final MeasureCatalogue catalogue;
    private final MeasuresDue due;
    private final List<PlannedMeasure> planned = new ArrayList<>();
    private @Nullable Instrument csi16;

    MeasuresStep(MeasureAdministrations administrations, MeasureCatalogue catalogue, MeasuresDue due) {
        this.administrations = administrations;
        this.catalogue = catalogue;
        this.due = due;
    }

    @Override
    public int order() {
        return 50;
    }

    /** The forms the last plan made, for the test that checks the scores the product gave them. */
    List<PlannedMeasure> planned() {
        return planned;
    }

    @Override
    public void plan(DemoClinic clinic) {
        planned.clear();
        for (DemoCouple couple : clinic.couples()) {
            List<DemoSession> held = Trajectory.heldJointSessions(couple);
            if (held.isEmpty()) {
                continue;
            }
            Trajectory trajectory = Trajectory.of(clinic, couple);
            Random random = clinic.random("measures " + couple.number());
            String therapist = couple.therapist().username();
            boolean closes = couple.path() == CarePath.COMPLETED;
            for (int k = 1; k <= held.size(); k++) {
                DemoSession session = held.get(k - 1);
                boolean last = k == held.size();
                if (closes && held.size() > 1 && k == held.size() - 1) {
                    clinic.at(session.end().plusMinutes(10), therapist, "plan the closing measure of couple "
                            + couple.number(), () -> due.planClosingMeasure(couple.coupleId()));
                }
                boolean recent = session.start().toLocalDate().isAfter(clinic.today().minusDays(14));
                boolean measured = k == 1 || (last && closes) || (k % 4 == 0 && !(recent && random.nextBoolean()));
                double levelA = trajectory.levelAt(true, k, random);
                double levelB = trajectory.levelAt(false, k, random);
                if (!measured) {
                    continue;
                }
                LocalDate on = session.start().toLocalDate();
                Random forms = new Random(random.nextLong());
                PlannedMeasure a = planned(couple, true, on, levelA, forms);
                PlannedMeasure b = planned(couple, false, on, levelB, forms);
                planned.add(a);
                planned.add(b);
                clinic.at(session.start().plusMinutes(5), therapist, "enter the CSI-16 of couple " + couple.number(),
                        () -> {
                            record(couple.coupleId(), couple.partnerAId(), a);
                            record(couple.coupleId(), couple.partnerBId(), b);
                        });
            }
        }
    }

    private PlannedMeasure planned(DemoCouple couple, boolean partnerA, LocalDate on, double level, Random forms) {
        List<Integer> answers = AnswerSets.forLevel(instrument(), level, forms);
        return new PlannedMeasure(couple, partnerA, on, answers, instrument().score(new ArrayList<>(answers)));
    }

    private void record(UUID coupleId, UUID partnerId, PlannedMeasure form) {
        List<@Nullable Integer> answers = new ArrayList<>(form.answers());
        administrations.record(coupleId, new AdministrationRequest(CSI_16, partnerId, form.on(), answers));
    }

    private Instrument instrument() {
        if (csi16 == null) {
            csi16 = catalogue.find(CSI_16).orElseThrow(() -> new IllegalStateException("The CSI-16 is not in the catalogue"));
        }
        return csi16;
    }
}
