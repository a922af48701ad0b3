/**
 * The shared kernel: what every module may use without a reason of its own. It holds the shell
 * of the user interface (the layout, the home page, the browser tab's title and icon), the
 * problem-detail handling of the REST API, the zero-setup embedded PostgreSQL and the
 * {@link org.imagoclinic.shared.SignedInUser} view of whoever is signed in. It depends on no
 * feature module: the shell builds its menu from the views' {@code @Menu} entries, so nothing
 * here points at a feature.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
@NullMarked
package org.imagoclinic.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
