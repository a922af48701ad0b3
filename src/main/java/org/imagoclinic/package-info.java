@NullMarked
package org.imagoclinic;

import org.jspecify.annotations.NullMarked;
