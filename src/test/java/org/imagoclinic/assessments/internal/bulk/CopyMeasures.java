package org.imagoclinic.assessments.internal.bulk;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.assessments.BulkMeasures;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.shared.CopyWriter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@link BulkMeasures} through COPY into {@code assessments.administration}, scored by the instrument's key. */
@Component
@Profile("scale")
class CopyMeasures implements BulkMeasures {

    private static final String BY = "Scale generator";

    private final DataSource dataSource;
    private final MeasureCatalogue catalogue;
    private final ClinicSampleNorms clinicNorms;

    CopyMeasures(DataSource dataSource, MeasureCatalogue catalogue, ClinicSampleNorms clinicNorms) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.clinicNorms = clinicNorms;
    }

    @Override
    public List<Written> create(List<EpisodePlan> plans, LocalDate today, int perPartner, long seed) {
        Instrument instrument = catalogue.find(INSTRUMENT)
                .orElseThrow(() -> new IllegalStateException(INSTRUMENT + " is not in the measure catalogue"));
        SplittableRandom random = new SplittableRandom(seed);
        FormFiller forms = new FormFiller(instrument);
        List<Written> written = new ArrayList<>(plans.size() * perPartner * 2);
        try (CopyWriter administrations = new CopyWriter(dataSource, "assessments.administration", "id", "couple_id",
                "partner_id", "episode_id", "instrument_code", "administered_on", "answers", "score", "clinical_range",
                "entered_via", "entered_by_name", "entered_by_staff_id", "recorded_at")) {
            for (EpisodePlan plan : plans) {
                List<LocalDate> days = occasions(plan, today, perPartner);
                Trajectory a = Trajectory.random(random, instrument, null);
                Trajectory b = Trajectory.random(random, instrument, a);
                for (int i = 0; i < days.size(); i++) {
                    double progress = days.size() == 1 ? 0 : (double) ChronoUnit.DAYS.between(plan.firstSession(), days.get(i))
                            / Math.max(1, ChronoUnit.DAYS.between(plan.firstSession(), plan.lastSession()));
                    for (UUID partner : List.of(plan.partnerAId(), plan.partnerBId())) {
                        Trajectory trajectory = partner.equals(plan.partnerAId()) ? a : b;
                        List<Integer> answers = forms.answersNear(trajectory.at(progress, random), random);
                        int score = instrument.score(new ArrayList<>(answers));
                        Written form = new Written(UUID.randomUUID(), plan.coupleId(), partner, plan.episodeId(), INSTRUMENT,
                                days.get(i), score, instrument.inClinicalRange(score));
                        administrations.row(form.administrationId(), form.coupleId(), partner, form.episodeId(), INSTRUMENT,
                                form.administeredOn(), FormFiller.arrayLiteral(answers), score, form.clinicalRange(),
                                "CLINICIAN", BY, plan.therapistId(), form.administeredOn().atTime(12, 0).atOffset(ZoneOffset.UTC));
                        written.add(form);
                    }
                }
            }
        }
        // COPY publishes no events: the clinic-sample norms are brought up to date once, for all the new baselines
        clinicNorms.refresh(INSTRUMENT);
        return written;
    }

    /** The episode's measure days, evenly spaced in whole weeks from the first session to the last, before today. */
    static List<LocalDate> occasions(EpisodePlan plan, LocalDate today, int count) {
        long weeks = ChronoUnit.WEEKS.between(plan.firstSession(), plan.lastSession());
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long week = count == 1 ? 0 : Math.round((double) i * weeks / (count - 1));
            LocalDate day = plan.firstSession().plusWeeks(week);
            if (day.isBefore(today) && (days.isEmpty() || day.isAfter(days.getLast()))) {
                days.add(day);
            }
        }
        return days;
    }
}
