package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.ADMINISTRATION;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.internal.db.tables.records.AdministrationRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The administrations table; writes run in the caller's transaction. */
@Repository
class AdministrationStore {

    private final DSLContext db;

    AdministrationStore(DSLContext db) {
        this.db = db;
    }

    void insert(Administration administration, @Nullable UUID staffId, @Nullable UUID kioskLinkId) {
        db.insertInto(ADMINISTRATION)
                .set(ADMINISTRATION.ID, administration.id())
                .set(ADMINISTRATION.COUPLE_ID, administration.coupleId())
                .set(ADMINISTRATION.PARTNER_ID, administration.partnerId())
                .set(ADMINISTRATION.EPISODE_ID, administration.episodeId())
                .set(ADMINISTRATION.INSTRUMENT_CODE, administration.instrumentCode())
                .set(ADMINISTRATION.ADMINISTERED_ON, administration.administeredOn())
                .set(ADMINISTRATION.ANSWERS, administration.answers().toArray(Integer[]::new))
                .set(ADMINISTRATION.SCORE, administration.score())
                .set(ADMINISTRATION.CLINICAL_RANGE, administration.clinicalRange())
                .set(ADMINISTRATION.ENTERED_VIA, administration.enteredVia().name())
                .set(ADMINISTRATION.ENTERED_BY_NAME, administration.enteredBy())
                .set(ADMINISTRATION.ENTERED_BY_STAFF_ID, staffId)
                .set(ADMINISTRATION.KIOSK_LINK_ID, kioskLinkId)
                .set(ADMINISTRATION.RECORDED_AT, administration.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The couple's administrations, oldest first (by day, then by when they were entered). */
    List<Administration> ofCouple(UUID coupleId) {
        return db.selectFrom(ADMINISTRATION).where(ADMINISTRATION.COUPLE_ID.eq(coupleId))
                .orderBy(ADMINISTRATION.ADMINISTERED_ON, ADMINISTRATION.RECORDED_AT)
                .fetch(AdministrationStore::toAdministration);
    }

    /** For each episode, each partner's latest day of answering. */
    Map<UUID, Map<UUID, LocalDate>> latestPerPartner(Collection<UUID> episodeIds) {
        var latest = DSL.max(ADMINISTRATION.ADMINISTERED_ON);
        return db.select(ADMINISTRATION.EPISODE_ID, ADMINISTRATION.PARTNER_ID, latest)
                .from(ADMINISTRATION)
                .where(ADMINISTRATION.EPISODE_ID.in(episodeIds))
                .groupBy(ADMINISTRATION.EPISODE_ID, ADMINISTRATION.PARTNER_ID)
                .fetchGroups(ADMINISTRATION.EPISODE_ID)
                .entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .collect(java.util.stream.Collectors.toMap(row -> row.value2(), row -> row.value3()))));
    }

    private static Administration toAdministration(AdministrationRecord row) {
        return new Administration(row.getId(), row.getCoupleId(), row.getPartnerId(), row.getEpisodeId(),
                row.getInstrumentCode(), row.getAdministeredOn(), Arrays.asList(row.getAnswers()), row.getScore(),
                row.getClinicalRange(), AdministrationSource.valueOf(row.getEnteredVia()), row.getEnteredByName(),
                row.getRecordedAt().toInstant());
    }
}
