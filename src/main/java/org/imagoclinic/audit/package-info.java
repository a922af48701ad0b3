/**
 * The append-only audit trail (schema {@code audit}): who did what to which record, when, from
 * where, and whether it was allowed. The database refuses to change or delete its rows.
 *
 * <p>Its features arrive with the staff, security and audit issue; until then it owns only its
 * empty schema.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
