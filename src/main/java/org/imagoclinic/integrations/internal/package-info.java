@NullMarked
package org.imagoclinic.integrations.internal;

import org.jspecify.annotations.NullMarked;
