package org.imagoclinic.portal.internal;

import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.MeasuresAtHome;
import org.imagoclinic.assessments.MeasuresAtHome.DueAtHome;
import org.imagoclinic.assessments.MeasuresAtHome.OwnTrend;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.MeasuresForMe;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures a partner answers at home; see {@link MeasuresForMe}. */
@Service
class MeasuresForMeService implements MeasuresForMe {

    static final String SUBJECT = "MeasureAdministration";

    private final PortalSession session;
    private final MeasuresAtHome measures;
    private final AuditTrail audit;
    private final TrendSharingRepository sharing;

    MeasuresForMeService(PortalSession session, MeasuresAtHome measures, AuditTrail audit, TrendSharingRepository sharing) {
        this.session = session;
        this.sharing = sharing;
        this.measures = measures;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueAtHome> due() {
        SignedInPartner me = session.require();
        return measures.dueFor(me.coupleId(), me.personId());
    }

    @Override
    @Transactional
    public void answer(List<@Nullable Integer> answers) {
        SignedInPartner me = session.require();
        Administration administration = measures.answer(me.coupleId(), me.personId(), me.calledName(), answers);
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, administration.id().toString(), me.coupleId(),
                AuditOutcome.ALLOWED, "answered at home in the portal"), PortalSignInOutcomes.actorOf(me.accountId()));
    }

    @Override
    @Transactional
    public Optional<OwnTrend> myTrend() {
        SignedInPartner me = session.require();
        if (!sharing.shared(me.coupleId(), me.personId())) {
            return Optional.empty();
        }
        OwnTrend trend = measures.ownTrend(me.coupleId(), me.personId());
        audit.record(new AuditRecord(AuditAction.VIEW, TrendSharingService.SUBJECT, me.personId().toString(), me.coupleId(),
                AuditOutcome.ALLOWED, "own scores read in the portal"), PortalSignInOutcomes.actorOf(me.accountId()));
        return Optional.of(trend);
    }
}
