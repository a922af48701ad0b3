/**
 * Who may come in, and as whom. Owns the user accounts (schema {@code security}): user names,
 * password hashes, roles, whether a password must be changed; the sign-in page; the rules that
 * guard the web pages and the REST API; and {@link org.imagoclinic.security.CurrentUser}, which
 * tells other modules who is signed in. Every account holds one or more of the four
 * {@link org.imagoclinic.security.Roles}.
 *
 * <p>It also holds the care-team rule ({@link org.imagoclinic.security.ClinicalAccess}), the
 * "minimum necessary" check that every clinical read and write goes through. The facts it needs
 * come from the modules that own them, through interfaces declared here and implemented there:
 * {@link org.imagoclinic.security.CareTeamDirectory} (clients: who is assigned to a couple) and
 * {@link org.imagoclinic.security.SupervisionDirectory} (staff: who supervises whom). So security
 * never depends on them, and they may depend on security.
 *
 * <p>It depends on the shared kernel, whose {@code SignedInUser} its principal implements so that
 * the shell can greet the user, and on audit, where it records sign-ins, lock-outs, break-glass
 * access and every clinical access it allows or refuses.
 *
 * <p>It lends its sign-in pieces to the partners' portal, which keeps accounts of its own (ADR 0055):
 * {@link org.imagoclinic.security.SignInAttempts} (the lock-out and password rules) and
 * {@link org.imagoclinic.security.AuthenticatorApps} (codes of an authenticator app, secrets sealed).
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"shared", "shared :: components", "audit"})
@NullMarked
package org.imagoclinic.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
