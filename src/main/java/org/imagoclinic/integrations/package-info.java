/**
 * Chosen domain events out to Kafka for other systems (ADR 0064): sessions booked, completed,
 * missed and cancelled, measures completed and invoices issued, each on a topic of its own with a
 * small, versioned payload of ids and facts (the records in this package; docs/integrations.md).
 * Spring Modulith's event externalisation sends them through the event publication registry, so a
 * message the broker has not acknowledged stays an incomplete publication and is sent again
 * (ADR 0057's leases). Off unless {@code spring.modulith.events.externalization.enabled=true}; then
 * nothing of Kafka is used. No data of its own and no screens.
 *
 * <p>It depends on scheduling, assessments and billing, whose events it maps.
 */
@ApplicationModule(displayName = "Integrations", allowedDependencies = {"scheduling", "assessments", "billing"})
@NullMarked
package org.imagoclinic.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
