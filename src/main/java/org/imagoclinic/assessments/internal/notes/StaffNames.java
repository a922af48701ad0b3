package org.imagoclinic.assessments.internal.notes;

import java.util.UUID;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Component;

/** Staff names for notes and queues (notes store only staff ids). */
@Component
class StaffNames {

    private final Clinicians clinicians;

    StaffNames(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    String of(UUID staffId) {
        return clinicians.nameOf(staffId);
    }
}
