/**
 * The home page's extension point: feature modules add panels to the home page by declaring a
 * Spring bean that implements {@link org.imagoclinic.shared.ui.home.HomePanel}.
 */
@NamedInterface("home")
@NullMarked
package org.imagoclinic.shared.ui.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
