package org.imagoclinic.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditActorResolver;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Appends to the audit trail, in the caller's transaction or, where the entry must outlive it, in one of its own. */
@Service
class AuditTrailService implements AuditTrail {

    private final AuditEntryRepository entries;
    private final ObjectProvider<AuditActorResolver> actors;
    private final Clock clock;

    AuditTrailService(AuditEntryRepository entries, ObjectProvider<AuditActorResolver> actors, Clock clinicClock) {
        this.entries = entries;
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
        entries.insert(record, actor, OffsetDateTime.now(clock), clientAddress());
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
