package org.imagoclinic.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.ConsentSignedAtHome;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records a consent signed in the portal as the partner's consent (ADR 0055), once per signature. */
@Component
class ConsentsSignedAtHome {

    private final CoupleRepository couples;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentsSignedAtHome(CoupleRepository couples, AuditTrail audit, Clock clock) {
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ConsentSignedAtHome signed) {
        LocalDate day = signed.signedAt().atZone(clock.getZone()).toLocalDate();
        if (couples.insertConsentSignedAtHome(signed, day, signed.partnerName() + ", signed in the portal")) {
            audit.recordIndependently(new AuditRecord(AuditAction.UPDATE, Access.CONSENT, signed.coupleId().toString(),
                    signed.coupleId(), AuditOutcome.ALLOWED, signed.kind().label() + " given by a partner, signed in the portal"),
                    AuditActor.system());
        }
    }
}
