@NullMarked
package org.imagoclinic.assessments.internal.release;

import org.jspecify.annotations.NullMarked;
