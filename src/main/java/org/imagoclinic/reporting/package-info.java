/**
 * Progress and outcome reports for supervisors, therapists and the front desk, built only from
 * the other modules' events into read models in schema {@code reporting}, which it can rebuild.
 * It never reads another module's tables.
 *
 * <p>Its features arrive with the reporting issue; until then it owns only its empty schema.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
