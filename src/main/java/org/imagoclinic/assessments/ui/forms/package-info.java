/**
 * The measure form as printed, for every place a partner answers one: the clinic's entry form, the
 * clinic's tablet and the partners' portal (so that a form answered at home is the same form).
 */
@NamedInterface("measure-form")
@NullMarked
package org.imagoclinic.assessments.ui.forms;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
