package org.imagoclinic.assessments.internal.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasuresAtHome;
import org.imagoclinic.assessments.internal.measures.DueStore.DueRow;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures answered at home; see {@link MeasuresAtHome}. The portal audits each answer as the partner's. */
@Service
@PreAuthorize("hasRole('" + Roles.PARTNER + "')")
class HomeMeasureService implements MeasuresAtHome {

    private final DueStore dues;
    private final AdministrationStore administrations;
    private final MeasureCatalogue catalogue;
    private final AdministrationRecorder recorder;
    private final Clock clock;

    HomeMeasureService(DueStore dues, AdministrationStore administrations, MeasureCatalogue catalogue,
                       AdministrationRecorder recorder, Clock clock) {
        this.dues = dues;
        this.administrations = administrations;
        this.catalogue = catalogue;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueAtHome> dueFor(UUID coupleId, UUID personId) {
        Instrument instrument = catalogue.find(INSTRUMENT).orElseThrow();
        return unanswered(coupleId, personId).stream()
                .map(row -> new DueAtHome(row.id(), row.occasion().describe(row.afterSessions()), row.dueFrom(), instrument))
                .toList();
    }

    @Override
    @Transactional
    public Administration answer(UUID coupleId, UUID personId, String answeredBy, List<@Nullable Integer> answers) {
        DueRow due = unanswered(coupleId, personId).stream().findFirst().orElseThrow(() -> new ConflictException(
                "No measure is due for you at the moment: your therapist will let you know when one is."));
        Instrument instrument = catalogue.find(INSTRUMENT).orElseThrow();
        int score = FormChecker.score(instrument, answers);
        ScoredForm form = new ScoredForm(coupleId, personId, due.episodeId(), instrument, LocalDate.now(clock),
                List.copyOf(answers), score);
        return recorder.keep(UUID.randomUUID(), form, AdministrationSource.HOME, answeredBy, null, null);
    }

    @Override
    @Transactional(readOnly = true)
    public OwnTrend ownTrend(UUID coupleId, UUID personId) {
        return new OwnTrend(catalogue.find(INSTRUMENT).orElseThrow(), administrations.ofCouple(coupleId).stream()
                .filter(a -> a.partnerId().equals(personId) && a.instrumentCode().equals(INSTRUMENT))
                .map(a -> new OwnScore(a.administeredOn(), a.score(), a.clinicalRange())).toList());
    }

    private List<DueRow> unanswered(UUID coupleId, UUID personId) {
        LocalDate today = LocalDate.now(clock);
        List<DueRow> rows = dues.dueInOpenEpisodes(List.of(coupleId)).stream()
                .filter(row -> !row.dueFrom().isAfter(today)).toList();
        Map<UUID, Map<UUID, LocalDate>> latest = administrations.latestPerPartner(
                rows.stream().map(DueRow::episodeId).distinct().toList());
        return rows.stream().filter(row -> {
            LocalDate last = latest.getOrDefault(row.episodeId(), Map.of()).get(personId);
            return last == null || last.isBefore(row.dueFrom());
        }).toList();
    }
}
