package org.imagoclinic.security.internal;

import java.util.Optional;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditActorResolver;
import org.imagoclinic.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Tells the audit trail who is signed in. */
@Component
class SecurityAuditActorResolver implements AuditActorResolver {

    private final CurrentUser currentUser;

    SecurityAuditActorResolver(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<AuditActor> current() {
        return currentUser.get().map(SecurityAuditActorResolver::actorOf);
    }

    static AuditActor actorOf(CurrentUser.SignedInAccount account) {
        return new AuditActor(account.accountId(), account.staffId().orElse(null), account.username(), account.roles());
    }

    static AuditActor actorOf(Account account) {
        return new AuditActor(account.id(), account.staffId(), account.username(), account.roles());
    }
}
