package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT;
import static org.imagoclinic.assessments.internal.db.Tables.INSTRUMENT_ITEM;
import static org.imagoclinic.assessments.internal.db.Tables.ITEM_OPTION;

import java.math.BigDecimal;
import java.time.Clock;
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
        return db.selectFrom(INSTRUMENT).where(INSTRUMENT.CODE.eq(code)).fetchOptional()
                .map(row -> toInstrument(row, items(code), clinicNorms.inForce(code).orElse(null)));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Instrument updateNorms(String code, Norms norms) {
        checkNorms(norms);
        int updated = db.update(INSTRUMENT)
                .set(INSTRUMENT.NORM_SD, norms.sd())
                .set(INSTRUMENT.NORM_RELIABILITY, norms.reliability())
                .set(INSTRUMENT.NORM_SOURCE, norms.source().trim())
                .set(INSTRUMENT.NORMS_UPDATED_AT, OffsetDateTime.now(clock))
                .set(INSTRUMENT.NORMS_UPDATED_BY, currentUser.require().username())
                .where(INSTRUMENT.CODE.eq(code))
                .execute();
        if (updated == 0) {
            throw new NotFoundException("There is no instrument " + code + ".");
        }
        audit.record(AuditRecord.allowed(AuditAction.UPDATE, "InstrumentNorms", code)
                .because("SD " + norms.sd() + ", reliability " + norms.reliability() + ", source: " + norms.source()));
        return find(code).orElseThrow();
    }

    private static void checkNorms(Norms norms) {
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
    private static Instrument toInstrument(Record row, List<InstrumentItem> items, @Nullable ClinicFigures clinicSample) {
        Norms norms = row.get(INSTRUMENT.NORM_SD) != null
                ? new Norms(row.get(INSTRUMENT.NORM_SD), row.get(INSTRUMENT.NORM_RELIABILITY), row.get(INSTRUMENT.NORM_SOURCE))
                : clinicSample != null && clinicSample.usable() ? Norms.of(clinicSample) : null;
        return new Instrument(row.get(INSTRUMENT.CODE), row.get(INSTRUMENT.NAME), row.get(INSTRUMENT.CITATION),
                row.get(INSTRUMENT.LICENCE_NOTE), row.get(INSTRUMENT.INSTRUCTIONS), row.get(INSTRUMENT.MIN_SCORE),
                row.get(INSTRUMENT.MAX_SCORE), row.get(INSTRUMENT.HIGHER_IS_BETTER), row.get(INSTRUMENT.CLINICAL_CUTOFF),
                row.get(INSTRUMENT.CUTOFF_SOURCE), norms, items, clinicSample);
    }
}
