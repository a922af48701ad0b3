package org.imagoclinic.staff.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.SupervisionLink;
import org.imagoclinic.staff.TherapistDetails;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The rules of supervision links: who may supervise whom, from when, and which links end when a
 * person's roles or state change. Runs in the caller's transaction.
 */
@Component
class Supervisions {

    private final SupervisionRepository links;

    Supervisions(SupervisionRepository links) {
        this.links = links;
    }

    /**
     * Starts a link from {@code startsOn}, ending the supervisee's open link that day.
     *
     * @return the previous supervisor, if the supervisee had an open link
     */
    Optional<UUID> assign(StaffMember supervisee, StaffMember supervisor, LocalDate startsOn) {
        checkSupervisee(supervisee);
        checkSupervisor(supervisee, supervisor);
        Optional<SupervisionLink> open = links.openLinkOf(supervisee.id());
        if (open.isPresent()) {
            SupervisionLink current = open.get();
            if (current.supervisorId().equals(supervisor.id())) {
                throw new ConflictException(supervisor.displayName() + " already supervises "
                        + supervisee.displayName() + " since " + current.startsOn() + ".");
            }
            if (!startsOn.isAfter(current.startsOn())) {
                throw new InvalidInputException("startsOn", "Start after " + current.startsOn()
                        + ", when the current supervision by " + current.supervisorName() + " began.");
            }
            links.end(current.id(), startsOn);
        } else {
            Optional<LocalDate> lastEnd = links.latestEndOf(supervisee.id());
            if (lastEnd.isPresent() && startsOn.isBefore(lastEnd.get())) {
                throw new InvalidInputException("startsOn",
                        "Start on or after " + lastEnd.get() + ", when the last supervision ended.");
            }
        }
        try {
            links.insert(UUID.randomUUID(), supervisee.id(), supervisor.id(), startsOn);
        } catch (DataIntegrityViolationException overlap) {
            throw new ConflictException(supervisee.displayName() + " already has a supervisor in that period.");
        }
        return open.map(SupervisionLink::supervisorId);
    }

    /** Ends, today, the links that a change of roles or of supervision status no longer allows. */
    List<SupervisionLink> afterChange(StaffMember before, StaffMember after, LocalDate today) {
        List<SupervisionLink> ended = new ArrayList<>();
        if (before.maySupervise() && !after.maySupervise()) {
            ended.addAll(links.endAsSupervisor(after.id(), today));
        }
        if (!superviseeAllowed(after)) {
            ended.addAll(links.endAsSupervisee(after.id(), today));
        }
        return ended;
    }

    /** Ends, today, every link of someone who leaves, as supervisee and as supervisor. */
    List<SupervisionLink> afterDeactivation(UUID staffId, LocalDate today) {
        List<SupervisionLink> ended = new ArrayList<>(links.endAsSupervisee(staffId, today));
        ended.addAll(links.endAsSupervisor(staffId, today));
        return ended;
    }

    private static void checkSupervisee(StaffMember supervisee) {
        if (!supervisee.active()) {
            throw new ConflictException(supervisee.displayName() + " is deactivated.");
        }
        if (!superviseeAllowed(supervisee)) {
            throw new ConflictException(supervisee.displayName()
                    + " is not a therapist under supervision. Mark them as under supervision first.");
        }
    }

    private static void checkSupervisor(StaffMember supervisee, StaffMember supervisor) {
        if (supervisor.id().equals(supervisee.id())) {
            throw new InvalidInputException("supervisorId", "Nobody supervises themselves; choose someone else.");
        }
        if (!supervisor.active()) {
            throw new InvalidInputException("supervisorId", supervisor.displayName() + " is deactivated.");
        }
        if (!supervisor.maySupervise()) {
            throw new InvalidInputException("supervisorId",
                    supervisor.displayName() + " does not hold the supervisor role.");
        }
    }

    private static boolean superviseeAllowed(StaffMember member) {
        TherapistDetails therapist = member.therapist();
        return member.active() && member.clinician() && therapist != null && therapist.underSupervision();
    }
}
