@NullMarked
package org.imagoclinic.assessments.ui.plan;

import org.jspecify.annotations.NullMarked;
