package org.imagoclinic.clients.internal;

import static org.imagoclinic.clients.internal.db.Tables.SCREEN;
import static org.imagoclinic.clients.internal.db.Tables.SCREENING_DECISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.internal.db.tables.records.ScreenRecord;
import org.imagoclinic.clients.internal.db.tables.records.ScreeningDecisionRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Screens and decisions, kept for good, in schema {@code clients}. */
@Repository
class ScreeningRepository {

    private final DSLContext db;

    ScreeningRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * @param partnerId whose answers these are
     * @param raisedByRecord where a screen no one filled in came from; null for a clinician's screen
     */
    Screen insertScreen(UUID id, UUID coupleId, UUID partnerId, NewScreen screen, LocalDate screenedOn,
                               Set<ScreeningFlag> flags, @Nullable String raisedByRecord, RecordedBy by,
                               OffsetDateTime now) {
        ScreenRecord row = db.newRecord(SCREEN);
        row.setId(id);
        row.setCoupleId(coupleId);
        row.setPartnerId(partnerId);
        row.setScreenedOn(screenedOn);
        row.setIntimatePartnerViolence(screen.intimatePartnerViolence().name());
        row.setCoerciveControl(screen.coerciveControl().name());
        row.setRaisedByRecord(raisedByRecord);
        row.setAffair(screen.affair().name());
        row.setSubstanceDependence(screen.substanceDependence().name());
        row.setAcuteCrisis(screen.acuteCrisis());
        row.setOtherConcern(Text.clean(screen.otherConcern()));
        row.setOtherConcernCurrent(screen.otherConcernCurrent());
        row.setNotes(Text.clean(screen.notes()));
        row.setCurrentFlags(flags.stream().map(Enum::name).sorted().toArray(String[]::new));
        row.setRecordedAt(now);
        row.setRecordedByStaffId(by.staffId());
        row.setRecordedBy(by.name());
        row.insert();
        return toScreen(row);
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the screen already has a decision
     */
    RecordedDecision insertDecision(UUID id, UUID coupleId, UUID screenId, ClinicalDecision decision, String reason,
                                           LocalDate decidedOn, RecordedBy by, OffsetDateTime now) {
        ScreeningDecisionRecord row = db.newRecord(SCREENING_DECISION);
        row.setId(id);
        row.setCoupleId(coupleId);
        row.setScreenId(screenId);
        row.setDecision(decision.name());
        row.setReason(reason);
        row.setDecidedOn(decidedOn);
        row.setRecordedAt(now);
        row.setRecordedByStaffId(by.staffId());
        row.setRecordedBy(by.name());
        row.insert();
        return toDecision(row);
    }

    /** Newest first. */
    List<Screen> screens(UUID coupleId) {
        return db.selectFrom(SCREEN).where(SCREEN.COUPLE_ID.eq(coupleId))
                .orderBy(SCREEN.RECORDED_AT.desc(), SCREEN.ID)
                .fetch(ScreeningRepository::toScreen);
    }

    /** Newest first. */
    List<RecordedDecision> decisions(UUID coupleId) {
        return db.selectFrom(SCREENING_DECISION).where(SCREENING_DECISION.COUPLE_ID.eq(coupleId))
                .orderBy(SCREENING_DECISION.RECORDED_AT.desc(), SCREENING_DECISION.ID)
                .fetch(ScreeningRepository::toDecision);
    }

    private static Screen toScreen(ScreenRecord row) {
        Set<ScreeningFlag> flags = Arrays.stream(row.getCurrentFlags()).map(ScreeningFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ScreeningFlag.class)));
        return new Screen(row.getId(), row.getCoupleId(), row.getPartnerId(), row.getScreenedOn(),
                RiskStatus.valueOf(row.getIntimatePartnerViolence()), RiskStatus.valueOf(row.getCoerciveControl()),
                AffairStatus.valueOf(row.getAffair()), RiskStatus.valueOf(row.getSubstanceDependence()),
                row.getAcuteCrisis(), row.getOtherConcern(), row.getOtherConcernCurrent(), row.getNotes(), flags,
                row.getRaisedByRecord(), row.getRecordedAt().toInstant(), row.getRecordedBy());
    }

    private static RecordedDecision toDecision(ScreeningDecisionRecord row) {
        return new RecordedDecision(row.getId(), row.getScreenId(), ClinicalDecision.valueOf(row.getDecision()),
                row.getReason(), row.getDecidedOn(), row.getRecordedAt().toInstant(), row.getRecordedBy());
    }
}
