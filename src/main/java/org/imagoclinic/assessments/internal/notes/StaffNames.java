package org.imagoclinic.assessments.internal.notes;

import java.util.UUID;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** Staff names for notes and queues, from the staff directory (notes store only staff ids). */
@Component
class StaffNames {

    private final StaffDirectory directory;

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    String of(UUID staffId) {
        try {
            return directory.get(staffId).displayName();
        } catch (NotFoundException unknown) {
            return "Staff member " + staffId.toString().substring(0, 8);
        }
    }
}
