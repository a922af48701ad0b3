/**
 * Seeding the demo clinic's people with sign-ins whose password is written in the README: a narrow
 * interface apart from the staff directory's API, offered only in the {@code demo} profile and used
 * only by the demo module.
 */
@NamedInterface("seeding")
@NullMarked
package org.imagoclinic.staff.seeding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
