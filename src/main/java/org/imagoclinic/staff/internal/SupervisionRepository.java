package org.imagoclinic.staff.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.staff.SupervisionLink;

/**
 * Supervision links in schema {@code staff}. The database refuses two links of one supervisee that
 * overlap (constraint {@code supervision_one_supervisor_at_a_time}).
 */
interface SupervisionRepository {

    /** The supervisee's link without an end, if any (there is at most one). */
    Optional<SupervisionLink> openLinkOf(UUID superviseeId);

    /** The latest end among the supervisee's ended links. */
    Optional<LocalDate> latestEndOf(UUID superviseeId);

    void insert(UUID id, UUID superviseeId, UUID supervisorId, LocalDate startsOn);

    void end(UUID linkId, LocalDate endsOn);

    /** All links of a supervisee, newest first. */
    List<SupervisionLink> historyOf(UUID superviseeId);

    /** The links in which the supervisor supervises someone on the day. */
    List<SupervisionLink> heldBySupervisorOn(UUID supervisorId, LocalDate day);

    Optional<UUID> supervisorOn(UUID superviseeId, LocalDate day);

    Set<UUID> superviseesOn(UUID supervisorId, LocalDate day);

    /** Ends, on {@code day}, the supervisee's links that still hold then or start later; returns them as they were. */
    List<SupervisionLink> endAsSupervisee(UUID superviseeId, LocalDate day);

    /** Ends, on {@code day}, the supervisor's links that still hold then or start later; returns them as they were. */
    List<SupervisionLink> endAsSupervisor(UUID supervisorId, LocalDate day);
}
