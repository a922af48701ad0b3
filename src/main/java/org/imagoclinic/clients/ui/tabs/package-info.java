/**
 * The couple page's extension point: other modules' views add tabs to the couple page by declaring
 * a Spring bean that implements {@link org.imagoclinic.clients.ui.tabs.CoupleTab}, without the
 * clients module knowing them.
 */
@NamedInterface("couple-tabs")
@NullMarked
package org.imagoclinic.clients.ui.tabs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
