/**
 * Seeding the demo clinic's partners: a narrow interface apart from the portal's API, offered only where
 * the demo clinic is generated and used only by the demo module, so that demo couples can have a month of
 * home practice and two demo partners a sign-in the README lists (ADR 0063).
 */
@NamedInterface("seeding")
@NullMarked
package org.imagoclinic.portal.seeding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
