package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT;
import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT_ITEM;
import static org.imagoclinic.assessments.internal.db.Tables.ITEM_OPTION;
import static org.imagoclinic.assessments.internal.db.Tables.PUBLISHED_NORMS;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.assessments.internal.db.tables.records.PublishedNormsRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JooqMeasureCatalogue implements MeasureCatalogue {

    private final DSLContext db;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClinicNormsStore clinicNorms;

    JooqMeasureCatalogue(DSLContext db, AuditTrail audit, CurrentUser currentUser, Clock clock, ClinicNormsStore clinicNorms) {
        this.db = db;
        this.clinicNorms = clinicNorms;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instrument> instruments() {
        return db.select(INSTRUMENT.CODE).from(INSTRUMENT).orderBy(INSTRUMENT.CODE.desc())
                .fetch(INSTRUMENT.CODE).stream()
                .map(code -> find(code).orElseThrow())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instrument> find(String code) {
        return find(code, LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instrument> find(String code, LocalDate day) {
        return db.selectFrom(INSTRUMENT).where(INSTRUMENT.CODE.eq(code)).fetchOptional()
                .map(row -> toInstrument(row, items(code), publishedOn(code, day).orElse(null),
                        clinicNorms.inForce(code).orElse(null)));
    }

    /** The dated set with the latest effective date on or before the day, else the newest undated set. */
    private Optional<Norms> publishedOn(String code, LocalDate day) {
        return db.selectFrom(PUBLISHED_NORMS)
                .where(PUBLISHED_NORMS.INSTRUMENT_CODE.eq(code))
                .and(PUBLISHED_NORMS.EFFECTIVE_FROM.isNull().or(PUBLISHED_NORMS.EFFECTIVE_FROM.le(day)))
                .orderBy(PUBLISHED_NORMS.EFFECTIVE_FROM.desc().nullsLast(), PUBLISHED_NORMS.ID.desc())
                .limit(1)
                .fetchOptional(JooqMeasureCatalogue::norms);
    }

    private static Norms norms(PublishedNormsRecord row) {
        return new Norms(row.getSd(), row.getReliability(), row.getSource(), row.getEffectiveFrom());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Instrument updateNorms(String code, Norms norms) {
        checkNorms(norms, LocalDate.now(clock));
        requireInstrument(code);
        db.insertInto(PUBLISHED_NORMS)
                .set(PUBLISHED_NORMS.INSTRUMENT_CODE, code)
                .set(PUBLISHED_NORMS.EFFECTIVE_FROM, norms.effectiveFrom())
                .set(PUBLISHED_NORMS.SD, norms.sd())
                .set(PUBLISHED_NORMS.RELIABILITY, norms.reliability())
                .set(PUBLISHED_NORMS.SOURCE, norms.source().trim())
                .set(PUBLISHED_NORMS.ENTERED_AT, OffsetDateTime.now(clock))
                .set(PUBLISHED_NORMS.ENTERED_BY, currentUser.require().username())
                .execute();
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "InstrumentNorms", code)
                .because("SD " + norms.sd() + ", reliability " + norms.reliability() + ", source: " + norms.source()
                        + (norms.effectiveFrom() == null ? "; from the start" : "; in force from " + norms.effectiveFrom())));
        return find(code).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<PublishedNormsEntry> normsHistory(String code) {
        requireInstrument(code);
        Long inForce = db.select(PUBLISHED_NORMS.ID).from(PUBLISHED_NORMS)
                .where(PUBLISHED_NORMS.INSTRUMENT_CODE.eq(code))
                .and(PUBLISHED_NORMS.EFFECTIVE_FROM.isNull().or(PUBLISHED_NORMS.EFFECTIVE_FROM.le(LocalDate.now(clock))))
                .orderBy(PUBLISHED_NORMS.EFFECTIVE_FROM.desc().nullsLast(), PUBLISHED_NORMS.ID.desc())
                .limit(1).fetchOne(PUBLISHED_NORMS.ID);
        return db.selectFrom(PUBLISHED_NORMS).where(PUBLISHED_NORMS.INSTRUMENT_CODE.eq(code))
                .orderBy(PUBLISHED_NORMS.EFFECTIVE_FROM.desc().nullsLast(), PUBLISHED_NORMS.ID.desc())
                .fetch(row -> new PublishedNormsEntry(norms(row), row.getId().equals(inForce),
                        row.getEnteredAt().toInstant(), row.getEnteredBy()));
    }

    private void requireInstrument(String code) {
        if (!db.fetchExists(INSTRUMENT, INSTRUMENT.CODE.eq(code))) {
            throw new NotFoundException("There is no instrument " + code + ".");
        }
    }

    private static void checkNorms(Norms norms, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (norms.sd() == null || norms.sd().signum() <= 0) {
            problems.put("sd", "The standard deviation must be a positive number of score points.");
        }
        if (norms.reliability() == null || norms.reliability().signum() <= 0
                || norms.reliability().compareTo(BigDecimal.ONE) >= 0) {
            problems.put("reliability", "The reliability must lie between 0 and 1, e.g. 0.94.");
        }
        if (norms.source() == null || norms.source().isBlank()) {
            problems.put("source", "Name the publication the norms come from.");
        }
        InputLimits.checkText(problems, "source", norms.source(), InputLimits.LINE);
        PlausibleDates.check(problems, "effectiveFrom", norms.effectiveFrom(), When.PLANNED, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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

    /** Published norms win; else the clinic's figures in force, once usable (ADR 0032). */
    private static Instrument toInstrument(Record row, List<InstrumentItem> items, @Nullable Norms published,
                                           @Nullable ClinicFigures clinicSample) {
        Norms norms = published != null ? published
                : clinicSample != null && clinicSample.usable() ? Norms.of(clinicSample) : null;
        return new Instrument(row.get(INSTRUMENT.CODE), row.get(INSTRUMENT.NAME), row.get(INSTRUMENT.CITATION),
                row.get(INSTRUMENT.LICENCE_NOTE), row.get(INSTRUMENT.INSTRUCTIONS), row.get(INSTRUMENT.MIN_SCORE),
                row.get(INSTRUMENT.MAX_SCORE), row.get(INSTRUMENT.HIGHER_IS_BETTER), row.get(INSTRUMENT.CLINICAL_CUTOFF),
                row.get(INSTRUMENT.CUTOFF_SOURCE), norms, items, clinicSample);
    }
}
