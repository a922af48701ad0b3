package org.imagoclinic.assessments.internal.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.MeasureCatalogue.PublishedNormsEntry;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measures' instruments; changing published norms is the administrator's, and audited. */
@Service
class MeasureCatalogueService implements MeasureCatalogue {

    private final InstrumentRepository instruments;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClinicNormsStore clinicNorms;

    MeasureCatalogueService(InstrumentRepository instruments, AuditTrail audit, CurrentUser currentUser, Clock clock,
                            ClinicNormsStore clinicNorms) {
        this.instruments = instruments;
        this.clinicNorms = clinicNorms;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instrument> instruments() {
        return instruments.codes().stream()
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
        return instruments.find(code, day, clinicNorms.inForce(code).orElse(null));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Instrument updateNorms(String code, Norms norms) {
        checkNorms(norms, LocalDate.now(clock));
        requireInstrument(code);
        instruments.publishNorms(code, norms, OffsetDateTime.now(clock), currentUser.require().username());
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
        return instruments.normsHistory(code, LocalDate.now(clock));
    }

    private void requireInstrument(String code) {
        if (!instruments.exists(code)) {
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

}
