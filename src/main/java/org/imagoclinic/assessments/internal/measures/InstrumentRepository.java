package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT;
import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT_ITEM;
import static org.imagoclinic.assessments.internal.db.Tables.ITEM_OPTION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.internal.db.tables.records.InstrumentRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The measures' instruments with their items and published norms, in schema {@code assessments}. */
@Repository
class InstrumentRepository {

    private final DSLContext db;

    InstrumentRepository(DSLContext db) {
        this.db = db;
    }

    /** Every instrument's code, in reverse alphabetical order (CSI-16 before the others). */
    List<String> codes() {
        return db.select(INSTRUMENT.CODE).from(INSTRUMENT).orderBy(INSTRUMENT.CODE.desc()).fetch(INSTRUMENT.CODE);
    }

    /**
     * The instrument with its items; its norms are the published ones when recorded, else the clinic's
     * figures in force once usable (ADR 0032).
     */
    Optional<Instrument> find(String code, @Nullable ClinicFigures clinicSample) {
        return db.selectFrom(INSTRUMENT).where(INSTRUMENT.CODE.eq(code)).fetchOptional()
                .map(row -> toInstrument(row, items(code), clinicSample));
    }

    /** Records published norms; false when there is no such instrument. */
    boolean updateNorms(String code, Norms norms, OffsetDateTime now, String by) {
        return db.update(INSTRUMENT)
                .set(INSTRUMENT.NORM_SD, norms.sd())
                .set(INSTRUMENT.NORM_RELIABILITY, norms.reliability())
                .set(INSTRUMENT.NORM_SOURCE, norms.source().trim())
                .set(INSTRUMENT.NORMS_UPDATED_AT, now)
                .set(INSTRUMENT.NORMS_UPDATED_BY, by)
                .where(INSTRUMENT.CODE.eq(code))
                .execute() > 0;
    }

    private List<InstrumentItem> items(String code) {
        Map<Integer, List<AnswerOption>> options = db.selectFrom(ITEM_OPTION)
                .where(ITEM_OPTION.INSTRUMENT_CODE.eq(code))
                .orderBy(ITEM_OPTION.ITEM_NUMBER, ITEM_OPTION.POSITION)
                .fetchGroups(ITEM_OPTION.ITEM_NUMBER,
                        row -> new AnswerOption(row.getPosition(), row.getLabel(), row.getScore()));
        return db.selectFrom(INSTRUMENT_ITEM)
                .where(INSTRUMENT_ITEM.INSTRUMENT_CODE.eq(code))
                .orderBy(INSTRUMENT_ITEM.NUMBER)
                .fetch(row -> new InstrumentItem(row.getNumber(), row.getStem(),
                        InstrumentItem.Kind.valueOf(row.getKind()), row.getLeftPole(), row.getRightPole(),
                        List.copyOf(options.getOrDefault(row.getNumber(), List.of()))));
    }

    private static Instrument toInstrument(InstrumentRecord row, List<InstrumentItem> items,
                                           @Nullable ClinicFigures clinicSample) {
        Norms norms = row.getNormSd() != null
                ? new Norms(row.getNormSd(), row.getNormReliability(), row.getNormSource())
                : clinicSample != null && clinicSample.usable() ? Norms.of(clinicSample) : null;
        return new Instrument(row.getCode(), row.getName(), row.getCitation(), row.getLicenceNote(),
                row.getInstructions(), row.getMinScore(), row.getMaxScore(), row.getHigherIsBetter(),
                row.getClinicalCutoff(), row.getCutoffSource(), norms, items, clinicSample);
    }
}
