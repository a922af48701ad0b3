package org.imagoclinic.assessments.internal.measures;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AdministrationService implements MeasureAdministrations {

    private final MeasureAccess access;
    private final Couples couples;
    private final FormChecker checker;
    private final AdministrationRecorder recorder;
    private final AdministrationStore store;

    AdministrationService(MeasureAccess access, Couples couples, FormChecker checker, AdministrationRecorder recorder,
                          AdministrationStore store) {
        this.access = access;
        this.couples = couples;
        this.checker = checker;
        this.recorder = recorder;
        this.store = store;
    }

    @Override
    @Transactional
    public Administration record(UUID coupleId, AdministrationRequest request) {
        UUID id = UUID.randomUUID();
        access.require(coupleId, AuditAction.CREATE, MeasureAccess.ADMINISTRATION, id);
        Couple couple = couples.get(coupleId);
        ScoredForm form = checker.check(couple, request);
        SignedInAccount me = access.me();
        return recorder.keep(id, form, AdministrationSource.CLINICIAN, me.displayName(), me.staffId().orElse(null), null);
    }

    @Override
    @Transactional
    public List<Administration> administrationsOf(UUID coupleId) {
        access.require(coupleId, AuditAction.VIEW, MeasureAccess.MEASURES, coupleId);
        return store.ofCouple(coupleId);
    }
}
