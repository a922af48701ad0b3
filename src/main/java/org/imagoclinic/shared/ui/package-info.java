@NullMarked
package org.imagoclinic.shared.ui;

import org.jspecify.annotations.NullMarked;
