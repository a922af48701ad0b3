/**
 * The couple is the client: couples and their two partners, intake, the suitability screen,
 * consents, the confidentiality policy and episodes of care with the assigned therapist. Owns
 * schema {@code clients} and answers "who is on this couple's care team" for the care-team rule.
 * Publishes {@code CoupleRegistered}, {@code EpisodeOpened}, {@code TherapistAssigned} and
 * {@code EpisodeClosed}.
 *
 * <p>Its features arrive with the clients issue; until then it owns only its empty schema.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
