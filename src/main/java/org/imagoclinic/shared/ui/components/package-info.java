/**
 * Components every module's views may use: a chart (Apache ECharts) and a calendar (FullCalendar's
 * MIT core), both free-licence npm packages wrapped as small web components in
 * {@code src/main/frontend/components} (ADR 0009); and the question asked before an action that cannot
 * simply be taken back ({@link org.imagoclinic.shared.ui.components.Confirm}).
 */
@NamedInterface("components")
@NullMarked
package org.imagoclinic.shared.ui.components;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
