/**
 * Who may come in, and as whom. Owns the user accounts (schema {@code security}): user names,
 * password hashes, roles, whether a password must be changed; the sign-in page; the rules that
 * guard the web pages and the REST API; and {@link org.imagoclinic.security.CurrentUser}, which
 * tells other modules who is signed in. Every account holds one or more of the four
 * {@link org.imagoclinic.security.Roles}.
 *
 * <p>It depends only on the shared kernel, whose {@code SignedInUser} its principal implements
 * so that the shell can greet the user without knowing this module.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
