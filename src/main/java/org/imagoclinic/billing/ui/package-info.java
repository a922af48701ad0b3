@NullMarked
package org.imagoclinic.billing.ui;

import org.jspecify.annotations.NullMarked;
