package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.portal.TrendSharing;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** See {@link TrendSharing}: the care team's switch, kept in {@code portal.trend_sharing} and audited. */
@Service
class TrendSharingService implements TrendSharing {

    static final String SUBJECT = "OwnTrendSharing";

    private final TrendSharingRepository sharing;
    private final ClinicalAccess access;
    private final CurrentUser user;
    private final Couples couples;
    private final AuditTrail audit;
    private final Clock clock;

    TrendSharingService(TrendSharingRepository sharing, ClinicalAccess access, CurrentUser user, Couples couples,
                        AuditTrail audit, Clock clock) {
        this.sharing = sharing;
        this.access = access;
        this.user = user;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Set<UUID> sharedWith(UUID coupleId) {
        access.require(RecordKind.MEASURE, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return sharing.sharedWith(coupleId);
    }

    @Override
    @Transactional
    public void share(UUID coupleId, UUID personId, boolean shared) {
        access.require(RecordKind.MEASURE, coupleId, AuditAction.UPDATE, SUBJECT, personId);
        Couple couple = couples.get(coupleId);
        Partner partner = couple.partnerA().personId().equals(personId) ? couple.partnerA()
                : couple.partnerB().personId().equals(personId) ? couple.partnerB() : null;
        if (partner == null) {
            throw new InvalidInputException("personId", "This person is not one of the couple's partners.");
        }
        String by = user.require().displayName();
        if (shared) {
            sharing.share(coupleId, personId, by, clock.instant());
        } else {
            sharing.stop(coupleId, personId);
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, personId.toString(), coupleId, AuditOutcome.ALLOWED,
                (shared ? "own CSI trend shared with " : "own CSI trend no longer shared with ") + partner.displayName()
                        + " in the portal"));
    }
}
