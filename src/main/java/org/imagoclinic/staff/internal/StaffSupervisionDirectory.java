package org.imagoclinic.staff.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.SupervisionDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the security module's care-team rule who supervises whom today, from the supervision links.
 * Not guarded by a role: the rule asks on behalf of whoever is opening a record.
 */
@Component
class StaffSupervisionDirectory implements SupervisionDirectory {

    private final SupervisionRepository links;
    private final Clock clock;

    StaffSupervisionDirectory(SupervisionRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> currentSupervisorOf(UUID therapistStaffId) {
        return links.supervisorOn(therapistStaffId, LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> currentSuperviseesOf(UUID supervisorStaffId) {
        return links.superviseesOn(supervisorStaffId, LocalDate.now(clock));
    }
}
