@NullMarked
package org.imagoclinic.assessments.internal.disposal;

import org.jspecify.annotations.NullMarked;
