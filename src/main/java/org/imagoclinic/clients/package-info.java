/**
 * The couple is the client. Owns schema {@code clients}: the people who come as partners (each
 * identified once, even across several couples over the years), couples of exactly two partners,
 * their relationship, consents and confidentiality policy, the intake, the suitability screen with
 * every clinical decision on it, and episodes of care with the therapists assigned to them.
 *
 * <p>Its API: {@link org.imagoclinic.clients.Couples} (registration, details, consents, intake,
 * the couples list), {@link org.imagoclinic.clients.Screenings} (the screen and the decisions),
 * {@link org.imagoclinic.clients.EpisodesOfCare} (open, start, pause, resume, close, assign
 * therapists) and {@link org.imagoclinic.clients.BookingEligibility}, which the scheduling module
 * asks before it books a joint session. It publishes {@code CoupleRegistered}, {@code EpisodeOpened},
 * {@code TherapistAssigned}, {@code EpisodeClosed}, {@code ScreeningFlagRaised} and
 * {@code ScreeningCleared}. It records as a partner's consent the {@code ConsentSignedAtHome} the
 * portal publishes with this module's own event type (ADR 0055). Later modules add tabs to the couple page through the
 * {@code couple-tabs} named interface ({@code clients.ui.tabs.CoupleTab}) without this module
 * knowing them.
 *
 * <p>It depends on the shared kernel (the shell, the REST API's exceptions), on security, whose
 * care-team rule it calls before every read and write of a couple's records, whose
 * {@code CareTeamDirectory} it implements from the open episode's therapists, and whose
 * {@code CurrentUser} tells it who records what; and on audit, where it writes every change. Who
 * may do what, and why, is in ADR 0012. And on staff: therapists are staff ids, and its directory
 * says whether an id is an active therapist or supervisor who may be assigned, and what their name is.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = {"shared", "shared :: components", "security", "audit", "staff"})
@NullMarked
package org.imagoclinic.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
