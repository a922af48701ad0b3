package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT;
import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT_ITEM;
import static org.imagoclinic.assessments.internal.db.Tables.ITEM_OPTION;
import static org.imagoclinic.assessments.internal.db.Tables.PUBLISHED_NORMS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.MeasureCatalogue.PublishedNormsEntry;
import org.imagoclinic.assessments.internal.db.tables.records.InstrumentRecord;
import org.imagoclinic.assessments.internal.db.tables.records.PublishedNormsRecord;
import org.jooq.Condition;
import org.jooq.SortField;
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
     * The instrument with its items; its norms are the published ones in force on the day when recorded,
     * else the clinic's figures in force once usable (ADR 0032, ADR 0061).
     */
    Optional<Instrument> find(String code, LocalDate day, @Nullable ClinicFigures clinicSample) {
        return db.selectFrom(INSTRUMENT).where(INSTRUMENT.CODE.eq(code)).fetchOptional()
                .map(row -> toInstrument(row, items(code), publishedOn(code, day), clinicSample));
    }

    boolean exists(String code) {
        return db.fetchExists(INSTRUMENT, INSTRUMENT.CODE.eq(code));
    }

    /** Adds a set of published norms to the instrument's history; nothing is overwritten. */
    void publishNorms(String code, Norms norms, OffsetDateTime now, String by) {
        db.insertInto(PUBLISHED_NORMS)
                .set(PUBLISHED_NORMS.INSTRUMENT_CODE, code)
                .set(PUBLISHED_NORMS.EFFECTIVE_FROM, norms.effectiveFrom())
                .set(PUBLISHED_NORMS.SD, norms.sd())
                .set(PUBLISHED_NORMS.RELIABILITY, norms.reliability())
                .set(PUBLISHED_NORMS.SOURCE, norms.source().trim())
                .set(PUBLISHED_NORMS.ENTERED_AT, now)
                .set(PUBLISHED_NORMS.ENTERED_BY, by)
                .execute();
    }

    /** Every set of published norms, latest effective date first, marking the one in force on the day. */
    List<PublishedNormsEntry> normsHistory(String code, LocalDate day) {
        Long inForce = db.select(PUBLISHED_NORMS.ID).from(PUBLISHED_NORMS)
                .where(inForceOn(code, day))
                .orderBy(latestFirst()).limit(1).fetchOne(PUBLISHED_NORMS.ID);
        return db.selectFrom(PUBLISHED_NORMS).where(PUBLISHED_NORMS.INSTRUMENT_CODE.eq(code))
                .orderBy(latestFirst())
                .fetch(row -> new PublishedNormsEntry(norms(row), row.getId().equals(inForce),
                        row.getEnteredAt().toInstant(), row.getEnteredBy()));
    }

    /** The dated set with the latest effective date on or before the day, else the newest undated set. */
    private @Nullable Norms publishedOn(String code, LocalDate day) {
        return db.selectFrom(PUBLISHED_NORMS).where(inForceOn(code, day))
                .orderBy(latestFirst()).limit(1)
                .fetchOptional(InstrumentRepository::norms).orElse(null);
    }

    private static Condition inForceOn(String code, LocalDate day) {
        return PUBLISHED_NORMS.INSTRUMENT_CODE.eq(code)
                .and(PUBLISHED_NORMS.EFFECTIVE_FROM.isNull().or(PUBLISHED_NORMS.EFFECTIVE_FROM.le(day)));
    }

    private static List<SortField<?>> latestFirst() {
        return List.of(PUBLISHED_NORMS.EFFECTIVE_FROM.desc().nullsLast(), PUBLISHED_NORMS.ID.desc());
    }

    private static Norms norms(PublishedNormsRecord row) {
        return new Norms(row.getSd(), row.getReliability(), row.getSource(), row.getEffectiveFrom());
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

    private static Instrument toInstrument(InstrumentRecord row, List<InstrumentItem> items, @Nullable Norms published,
                                           @Nullable ClinicFigures clinicSample) {
        Norms norms = published != null ? published
                : clinicSample != null && clinicSample.usable() ? Norms.of(clinicSample) : null;
        return new Instrument(row.getCode(), row.getName(), row.getCitation(), row.getLicenceNote(),
                row.getInstructions(), row.getMinScore(), row.getMaxScore(), row.getHigherIsBetter(),
                row.getClinicalCutoff(), row.getCutoffSource(), norms, items, clinicSample);
    }
}
