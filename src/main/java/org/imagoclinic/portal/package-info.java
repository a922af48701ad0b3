/**
 * The partners' portal (ADR 0041, 0042): each partner's own sign-in and pages, apart from the staff's.
 * Owns schema {@code portal}: portal accounts (one per partner in a couple), the hashes of one-time
 * sign-in links and the requests for them (rate limit).
 *
 * <p>A partner signs in with a one-time link by email (Spring Security's one-time-token login) under
 * the portal's own filter chain for {@code /portal/**} and {@code /api/portal/**}; a portal principal
 * holds only {@link org.imagoclinic.portal.PortalBoundary#PARTNER_ROLE} and never reaches a staff page or
 * endpoint, and staff never use the portal's ({@link org.imagoclinic.portal.PortalBoundary}).
 *
 * <p>Its API: {@link org.imagoclinic.portal.PortalAccounts} (front desk and therapists invite, resend,
 * disable) and {@link org.imagoclinic.portal.PortalSignInLinks} (notifications makes the link when it
 * sends the mail); for the signed-in partner their sessions, home practice, measures due, own intake and
 * private safety screen, and consents to sign (ADR 0048). It publishes
 * {@link org.imagoclinic.portal.PortalLinkRequested} and {@link org.imagoclinic.portal.HomePracticeLogged};
 * it never sends mail itself. A partner's screen and measure answers are recorded by their owners
 * (clients, assessments) through APIs only a partner may call; the measure is shown on assessments' own
 * form ({@code assessments :: measure-form}). It adds tabs to the couple page.
 *
 * <p>A partner may add a password and an authenticator app ({@link org.imagoclinic.portal.PortalCredentials},
 * with security's lock-out and codes); a partner marked safe contact only is invited at their safe email,
 * which notifications tells through {@link org.imagoclinic.portal.SafeContacts}; a consent signed here is
 * published as clients' {@code ConsentSignedAtHome}; every page has "Leave quickly" (ADR 0055).
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = {"shared", "shared :: components", "shared :: home", "security",
        "audit", "clients", "clients :: couple-tabs", "scheduling", "assessments", "assessments :: measure-form"})
@NullMarked
package org.imagoclinic.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
