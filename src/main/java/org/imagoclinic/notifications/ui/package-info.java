@NullMarked
package org.imagoclinic.notifications.ui;

import org.jspecify.annotations.NullMarked;
