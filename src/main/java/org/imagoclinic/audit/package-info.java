/**
 * The append-only audit trail (schema {@code audit}): who did what to which record, when, from
 * which address, and whether it was allowed. The database itself refuses to change or delete a
 * row. Every module records through {@link org.imagoclinic.audit.AuditTrail}: writes in the same
 * transaction as the change, refusals in a transaction of their own so that they survive the
 * refused operation's rollback. Administrators and supervisors read it through
 * {@link org.imagoclinic.audit.AuditLog} (a filtered, paged view and a CSV export, itself audited).
 *
 * <p>It depends only on the shared kernel. It does not know how people sign in: the security
 * module, which records sign-ins here and so depends on this module, tells it who is acting
 * through the {@link org.imagoclinic.audit.AuditActorResolver} it implements.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"shared", "shared :: components"})
@NullMarked
package org.imagoclinic.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
