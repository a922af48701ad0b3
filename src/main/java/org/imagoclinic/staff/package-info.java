/**
 * The clinic's staff directory: everyone who works at the clinic, with their roles, and for
 * therapists their credentials, licence, discipline, calendar colour and supervision. Owns schema
 * {@code staff}. Publishes {@code StaffMemberAdded}, {@code StaffMemberDeactivated} and
 * {@code SupervisionAssigned}.
 *
 * <p>Its features arrive with the staff issue; until then it owns only its empty schema.
 */
@ApplicationModule(displayName = "Staff", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
