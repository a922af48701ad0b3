package org.imagoclinic.audit;

/**
 * Writes the audit trail. The actor comes from the {@link AuditActorResolver}, the IP address from
 * the current HTTP request (null outside one).
 */
public interface AuditTrail {

    /** Records an action in the caller's transaction: if the change rolls back, so does its entry. */
    void record(AuditRecord record);

    /** Records an action by a given actor (e.g. a sign-in, before anyone is signed in). */
    void record(AuditRecord record, AuditActor actor);

    /**
     * Records in a transaction of its own, which commits whatever happens to the caller's: for
     * refusals and failed sign-ins, whose surrounding work is rolled back.
     */
    void recordIndependently(AuditRecord record, AuditActor actor);
}
