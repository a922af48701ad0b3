package org.imagoclinic.audit;

import java.util.Optional;

/**
 * Tells the audit trail who is acting in the current request. Implemented by the security
 * module; without an implementation every entry is recorded as the system.
 */
public interface AuditActorResolver {

    /** The signed-in person of the current thread, or empty when nobody is signed in. */
    Optional<AuditActor> current();
}
