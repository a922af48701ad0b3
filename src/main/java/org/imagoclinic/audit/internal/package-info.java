@NullMarked
package org.imagoclinic.audit.internal;

import org.jspecify.annotations.NullMarked;
