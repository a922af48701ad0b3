/**
 * Sessions for couples, never double-booked: locations, rooms, working hours and time off,
 * appointments and recurring series, attendance and the waitlist. Owns schema {@code scheduling};
 * PostgreSQL's exclusion constraints keep therapist, room and partners from being in two places
 * at once. Publishes the {@code Session*} events.
 *
 * <p>Its features arrive with the scheduling issue; until then it owns only its empty schema.
 */
@ApplicationModule(displayName = "Scheduling", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
