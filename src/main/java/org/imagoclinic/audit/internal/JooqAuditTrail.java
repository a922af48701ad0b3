package org.imagoclinic.audit.internal;

import static org.imagoclinic.audit.internal.db.Tables.AUDIT_ENTRY;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditActorResolver;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class JooqAuditTrail implements AuditTrail {

    private final DSLContext db;
    private final ObjectProvider<AuditActorResolver> actors;
    private final Clock clock;

    JooqAuditTrail(DSLContext db, ObjectProvider<AuditActorResolver> actors, Clock clinicClock) {
        this.db = db;
        this.actors = actors;
        this.clock = clinicClock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        insert(record, currentActor());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record, AuditActor actor) {
        insert(record, actor);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditRecord record, AuditActor actor) {
        insert(record, actor);
    }

    private AuditActor currentActor() {
        AuditActorResolver resolver = actors.getIfAvailable();
        return resolver == null ? AuditActor.system() : resolver.current().orElseGet(AuditActor::system);
    }

    private void insert(AuditRecord record, AuditActor actor) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_ENTRY.ACCOUNT_ID, actor.accountId())
                .set(AUDIT_ENTRY.STAFF_ID, actor.staffId())
                .set(AUDIT_ENTRY.USERNAME, actor.username())
                .set(AUDIT_ENTRY.ROLES, actor.roles().stream().sorted().toArray(String[]::new))
                .set(AUDIT_ENTRY.ACTION, record.action().name())
                .set(AUDIT_ENTRY.SUBJECT_TYPE, record.subjectType())
                .set(AUDIT_ENTRY.SUBJECT_ID, record.subjectId())
                .set(AUDIT_ENTRY.COUPLE_ID, record.coupleId())
                .set(AUDIT_ENTRY.OUTCOME, record.outcome().name())
                .set(AUDIT_ENTRY.REASON, record.reason())
                .set(AUDIT_ENTRY.IP_ADDRESS, clientAddress())
                .execute();
    }

    /** The caller's address as Tomcat sees it (behind a proxy, set server.forward-headers-strategy). */
    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
