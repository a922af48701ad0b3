package org.imagoclinic.assessments.internal.measures;

import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.RecordKind;
import org.springframework.stereotype.Component;

/**
 * The care-team rule for measures: reads and writes of a couple's measures go through
 * {@link ClinicalAccess}, which refuses and audits (ADR 0008).
 */
@Component
class MeasureAccess {

    static final String ADMINISTRATION = "MeasureAdministration";
    static final String MEASURES = "Measures";
    static final String OUTCOMES = "MeasureOutcomes";
    static final String KIOSK_LINK = "KioskLink";
    static final String DUE = "MeasureDue";

    private final ClinicalAccess clinicalAccess;
    private final CurrentUser currentUser;

    MeasureAccess(ClinicalAccess clinicalAccess, CurrentUser currentUser) {
        this.clinicalAccess = clinicalAccess;
        this.currentUser = currentUser;
    }

    void require(UUID coupleId, AuditAction action, String subjectType, Object subjectId) {
        clinicalAccess.require(RecordKind.MEASURE, coupleId, action, subjectType, subjectId);
    }

    boolean may(UUID coupleId) {
        return clinicalAccess.may(RecordKind.MEASURE, coupleId);
    }

    SignedInAccount me() {
        return currentUser.require();
    }
}
