@NullMarked
package org.imagoclinic.audit.ui;

import org.jspecify.annotations.NullMarked;
