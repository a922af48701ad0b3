package org.imagoclinic.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Diagnoses;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.NewDiagnosis;
import org.imagoclinic.billing.internal.db.tables.records.DiagnosisRecord;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Diagnoses for superbills: clinical data under the care-team rule, every read and change audited. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
class DiagnosisService implements Diagnoses {

    private static final String SUBJECT = "Diagnosis";

    private final DiagnosisRepository diagnoses;
    private final Couples couples;
    private final ClinicalAccess clinicalAccess;
    private final BillingAccess access;
    private final Clock clock;

    DiagnosisService(DiagnosisRepository diagnoses, Couples couples, ClinicalAccess clinicalAccess, BillingAccess access, Clock clock) {
        this.diagnoses = diagnoses;
        this.couples = couples;
        this.clinicalAccess = clinicalAccess;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Diagnosis> ofCouple(UUID coupleId) {
        clinicalAccess.require(RecordKind.DIAGNOSIS, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return diagnoses.ofCouple(coupleId);
    }

    @Override
    @Transactional
    public Diagnosis record(UUID coupleId, NewDiagnosis diagnosis) {
        Couple couple = couples.get(coupleId);
        clinicalAccess.require(RecordKind.DIAGNOSIS, coupleId, AuditAction.CREATE, SUBJECT, coupleId);
        UUID personId = diagnosis.personId();
        if (personId == null || (!couple.partnerA().personId().equals(personId)
                && !couple.partnerB().personId().equals(personId))) {
            throw new InvalidInputException("personId", "Choose one of the couple's partners.");
        }
        String code = IcdCodes.checked(diagnosis.code());
        String description = diagnosis.description() == null ? "" : diagnosis.description().strip();
        if (description.isEmpty() || description.length() > InputLimits.LINE) {
            throw new InvalidInputException("description",
                    "Describe the diagnosis as the code names it, e.g. \"Problems in relationship with spouse or partner\", in "
                            + InputLimits.LINE + " characters at most.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate since = diagnosis.since() == null ? today : diagnosis.since();
        if (since.isAfter(today)) {
            throw new InvalidInputException("since", "A diagnosis can't apply from a day still to come.");
        }
        UUID id = UUID.randomUUID();
        diagnoses.insert(id, coupleId, personId, code, description, since, OffsetDateTime.now(clock), access.myName());
        return diagnoses.get(id);
    }

    @Override
    @Transactional
    public Diagnosis end(UUID diagnosisId, @Nullable LocalDate endedOn) {
        DiagnosisRecord row = diagnoses.findForUpdate(diagnosisId)
                .orElseThrow(() -> new NotFoundException("No diagnosis with this id."));
        clinicalAccess.require(RecordKind.DIAGNOSIS, row.getCoupleId(), AuditAction.UPDATE, SUBJECT, diagnosisId);
        if (row.getEndedOn() != null) {
            throw new ConflictException("This diagnosis ended on " + row.getEndedOn() + " already.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate last = endedOn == null ? today : endedOn;
        if (last.isAfter(today) || last.isBefore(row.getSince())) {
            throw new InvalidInputException("endedOn", "Give a day from " + row.getSince() + " up to today.");
        }
        diagnoses.end(diagnosisId, last, access.myName());
        return diagnoses.get(diagnosisId);
    }
}
