@NullMarked
package org.imagoclinic.security.ui;

import org.jspecify.annotations.NullMarked;
