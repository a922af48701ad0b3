@NullMarked
package org.imagoclinic.portal.ui.signin;

import org.jspecify.annotations.NullMarked;
