package org.imagoclinic.staff.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.NewSignIn;
import org.imagoclinic.staff.SavedStaffMember;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.staff.SupervisionLink;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the staff directory. Anyone signed in reads; administrators write (the service enforces
 * both). Bad input is a 400 problem detail with an "errors" entry per field, a taken email address
 * or user name a 409, an unknown id a 404.
 */
@Tag(name = "Staff", description = "The staff directory, roles and supervision")
@RestController
@RequestMapping("/api/staff")
class StaffController {

    private static final int MAX_LIMIT = 200;

    private final StaffDirectory directory;

    StaffController(StaffDirectory directory) {
        this.directory = directory;
    }

    @Operation(operationId = "listStaff", summary = "List the staff")
    @GetMapping
    StaffPage list(@RequestParam(required = false) @Nullable String search,
                   @RequestParam(required = false) @Nullable Boolean active,
                   @RequestParam(defaultValue = "0") int offset,
                   @RequestParam(defaultValue = "50") int limit) {
        StaffQuery query = new StaffQuery(search, active);
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        return new StaffPage(directory.count(query), from, size,
                directory.find(query, from, size).stream().map(StaffMemberView::of).toList());
    }

    @Operation(operationId = "addStaffMember", summary = "Add a staff member")
    @PostMapping
    ResponseEntity<SavedView> add(@RequestBody StaffMemberDetails details) {
        SavedStaffMember saved = directory.add(details);
        return ResponseEntity.created(URI.create("/api/staff/" + saved.member().id())).body(SavedView.of(saved));
    }

    @Operation(operationId = "getStaffMember", summary = "Read a staff member")
    @GetMapping("/{id}")
    StaffMemberView get(@PathVariable UUID id) {
        return StaffMemberView.of(directory.get(id));
    }

    @Operation(operationId = "changeStaffMember", summary = "Change a staff member's details or roles")
    @PutMapping("/{id}")
    SavedView change(@PathVariable UUID id, @RequestBody StaffMemberDetails details) {
        return SavedView.of(directory.change(id, details));
    }

    @Operation(operationId = "deactivateStaffMember", summary = "Deactivate a staff member")
    @PostMapping("/{id}/deactivate")
    StaffMemberView deactivate(@PathVariable UUID id) {
        return StaffMemberView.of(directory.deactivate(id));
    }

    @Operation(operationId = "supervision", summary = "Show whom a staff member supervises and who supervises them")
    @GetMapping("/{id}/supervision")
    List<SupervisionLink> supervision(@PathVariable UUID id) {
        directory.get(id);
        return directory.supervisionHistory(id);
    }

    @Operation(operationId = "assignSupervisor", summary = "Assign a staff member's supervisor")
    @PutMapping("/{id}/supervisor")
    SupervisionLink assignSupervisor(@PathVariable UUID id, @Valid @RequestBody SupervisorAssignment assignment) {
        return directory.assignSupervisor(id, assignment.supervisorId(), assignment.startsOn());
    }

    @Operation(operationId = "resetPassword", summary = "Reset a staff member's password")
    @PostMapping("/{id}/reset-password")
    NewSignIn resetPassword(@PathVariable UUID id) {
        return directory.resetPassword(id);
    }

    @Operation(operationId = "unlockAccount", summary = "Unlock a locked account")
    @PostMapping("/{id}/unlock")
    ResponseEntity<Void> unlock(@PathVariable UUID id) {
        directory.unlock(id);
        return ResponseEntity.noContent().build();
    }

    /** The body of PUT /api/staff/{id}/supervisor. */
    record SupervisorAssignment(@NotNull(message = "Choose the supervisor.") UUID supervisorId,
                                @NotNull(message = "Give the first day of the supervision.") LocalDate startsOn) {
    }

    /** One page of the directory and how many match in all. */
    record StaffPage(int total, int offset, int limit, List<StaffMemberView> items) {
    }

    /** A staff member as the API shows them; roles in the clinic's usual order. */
    record StaffMemberView(UUID id, @Nullable String title, String firstName, String lastName, String displayName,
                           String email, @Nullable String phone, List<String> roles, boolean active,
                           @Nullable String username, @Nullable TherapistDetails therapist) {

        static StaffMemberView of(StaffMember member) {
            return new StaffMemberView(member.id(), member.title(), member.firstName(), member.lastName(),
                    member.displayName(), member.email(), member.phone(),
                    Roles.ALL.stream().filter(member.roles()::contains).toList(), member.active(), member.username(),
                    member.therapist());
        }
    }

    /**
     * A saved staff member; {@code signIn} holds the one-time password of an account this save created,
     * shown this once, otherwise null.
     */
    record SavedView(StaffMemberView staffMember, @Nullable NewSignIn signIn) {

        static SavedView of(SavedStaffMember saved) {
            return new SavedView(StaffMemberView.of(saved.member()), saved.newSignIn());
        }
    }
}
