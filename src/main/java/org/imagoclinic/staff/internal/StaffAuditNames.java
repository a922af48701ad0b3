package org.imagoclinic.staff.internal;

import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditNames;
import org.imagoclinic.staff.StaffMember;
import org.springframework.stereotype.Component;

/** Staff members' names for the audit trail, so that an entry reads "Priya Shah", not an id. */
@Component
class StaffAuditNames implements AuditNames {

    private final StaffRepository staff;

    StaffAuditNames(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public Optional<String> person(UUID staffId) {
        return staff.findById(staffId).map(StaffMember::displayName);
    }
}
