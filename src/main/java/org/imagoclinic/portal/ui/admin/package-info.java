@NullMarked
package org.imagoclinic.portal.ui.admin;

import org.jspecify.annotations.NullMarked;
