package org.imagoclinic.assessments.internal.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasureFellDue;
import org.imagoclinic.assessments.MeasureOccasion;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.assessments.internal.measures.DueStore.DueRow;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
class DueService implements MeasuresDue {

    /** More couples than any one clinician's caseload. */
    private static final int CASELOAD_LIMIT = 500;

    private final DueStore dues;
    private final AdministrationStore administrations;
    private final Couples couples;
    private final MeasureAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DueService(DueStore dues, AdministrationStore administrations, Couples couples, MeasureAccess access,
               Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.dues = dues;
        this.administrations = administrations;
        this.couples = couples;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<MeasureDue> dueForMe() {
        UUID me = access.me().staffId().orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        for (CoupleSummary couple : couples.find(new CoupleQuery(null, me, null, null, null), 0, CASELOAD_LIMIT)) {
            names.put(couple.id(), couple.displayName());
        }
        // names and occasions only, no answers or scores: not audited as a record read (ADR 0013)
        return open(names.keySet());
    }

    @Override
    @Transactional
    public List<MeasureDue> dueOf(UUID coupleId) {
        access.require(coupleId, AuditAction.VIEW, MeasureAccess.DUE, coupleId);
        return open(List.of(coupleId));
    }

    @Override
    @Transactional
    public MeasureDue planClosingMeasure(UUID coupleId) {
        access.require(coupleId, AuditAction.UPDATE, MeasureAccess.DUE, coupleId);
        Couple couple = couples.get(coupleId);
        Episode episode = couple.openEpisode().orElseThrow(() -> new ConflictException(
                couple.displayName() + " have no open episode of care, so no closing measure can be due."));
        LocalDate today = LocalDate.now(clock);
        dues.track(episode.id(), coupleId, episode.openedOn());
        dues.addDue(episode.id(), coupleId, MeasureOccasion.CLOSING, 0, today, clock.instant()).ifPresent(id ->
                events.publishEvent(new MeasureFellDue(id, coupleId, episode.id(), MeasureOccasion.CLOSING, today)));
        return open(List.of(coupleId)).stream()
                .filter(due -> due.episodeId().equals(episode.id()) && due.occasion() == MeasureOccasion.CLOSING)
                .findFirst()
                .orElseGet(() -> dues.dueInOpenEpisodes(List.of(coupleId)).stream()   // both have answered since
                        .filter(row -> row.episodeId().equals(episode.id()) && row.occasion() == MeasureOccasion.CLOSING)
                        .map(row -> toDue(row, couple, List.of()))
                        .findFirst().orElseThrow());
    }

    /** The due measures not yet taken by both partners. */
    private List<MeasureDue> open(Collection<UUID> coupleIds) {
        if (coupleIds.isEmpty()) {
            return List.of();
        }
        List<DueRow> rows = dues.dueInOpenEpisodes(coupleIds);
        Map<UUID, Map<UUID, LocalDate>> answered = administrations.latestPerPartner(
                rows.stream().map(DueRow::episodeId).distinct().toList());
        Map<UUID, Couple> coupleById = new HashMap<>();
        List<MeasureDue> open = new ArrayList<>();
        for (DueRow row : rows) {
            Couple couple = coupleById.computeIfAbsent(row.coupleId(), couples::get);
            Map<UUID, LocalDate> latest = answered.getOrDefault(row.episodeId(), Map.of());
            List<String> missing = List.of(couple.partnerA(), couple.partnerB()).stream()
                    .filter(partner -> {
                        LocalDate last = latest.get(partner.personId());
                        return last == null || last.isBefore(row.dueFrom());
                    })
                    .map(Partner::displayName)
                    .toList();
            if (!missing.isEmpty()) {
                open.add(toDue(row, couple, missing));
            }
        }
        return open;
    }

    private static MeasureDue toDue(DueRow row, Couple couple, List<String> missing) {
        return new MeasureDue(row.id(), row.coupleId(), couple.displayName(), row.episodeId(), row.occasion(),
                row.afterSessions(), row.dueFrom(), missing);
    }
}
