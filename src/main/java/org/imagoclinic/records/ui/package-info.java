@NullMarked
package org.imagoclinic.records.ui;

import org.jspecify.annotations.NullMarked;
