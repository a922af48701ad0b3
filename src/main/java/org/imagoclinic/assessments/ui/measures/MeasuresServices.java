package org.imagoclinic.assessments.ui.measures;

import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasureKiosk;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.MeasuresDue;
import org.springframework.stereotype.Component;

/** The measure services the couple page's tab calls, in one place. */
@Component
record MeasuresServices(MeasureCatalogue catalogue, MeasureAdministrations administrations, MeasureOutcomes outcomes,
                        MeasuresDue due, MeasureKiosk kiosk) {
}
