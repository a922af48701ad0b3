/**
 * The clinic's staff directory: everyone who works at the clinic, with their contact details and
 * roles, and for therapists their credentials, licence, discipline, calendar colour and
 * supervision (who supervises whom, since when, with the history kept). Owns schema
 * {@code staff}. Nobody is ever deleted: people who leave are deactivated and stay on every
 * record. Its API is {@link org.imagoclinic.staff.StaffDirectory}; it publishes
 * {@link org.imagoclinic.staff.StaffMemberAdded}, {@link org.imagoclinic.staff.StaffMemberDeactivated}
 * and {@link org.imagoclinic.staff.SupervisionAssigned}, and implements the security module's
 * {@link org.imagoclinic.security.SupervisionDirectory} so that the care-team rule knows whose
 * couples a supervisor may open. Why people live here and accounts in security, and the rules of
 * supervision links: docs/adr/0010-staff-directory-and-sign-in-accounts.md.
 *
 * <p>It depends on the shared kernel for the refusals every module uses (invalid input, not found,
 * conflict); on security because each person's sign-in account is created, changed and
 * deactivated through {@link org.imagoclinic.security.AccountManagement} in the same transaction
 * as their directory entry, because its services are guarded with the
 * {@link org.imagoclinic.security.Roles} and need to know who is signed in, and to implement
 * {@code SupervisionDirectory}; and on audit, because every change to the directory is recorded
 * in the audit trail in the same transaction.
 */
@ApplicationModule(displayName = "Staff", allowedDependencies = {"shared", "shared :: components", "security", "audit"})
@NullMarked
package org.imagoclinic.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
