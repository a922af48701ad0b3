/**
 * The demo clinic: a believable practice generated on an empty database in the {@code demo} profile
 * (when {@code imago.demo.clinic.enabled} is true, as the README's run command has it), so that
 * someone who runs the application for the first time meets staff, couples in every state of care,
 * a year of sessions and the weeks to come. Owns no data: everything is made through the feature
 * modules' own APIs, acting as the clinic's staff, so that events flow and read models fill exactly
 * as in real use. Deterministic from a seed (Datafaker with a seeded {@link java.util.Random}).
 *
 * <p>History is made honestly through the APIs by moving the clinic's clock back for the generator's
 * thread only: each action runs at the time it would have happened (ADR 0016). The work is cut into
 * {@link org.imagoclinic.demo.DemoClinicStep}s that put actions on one timeline, so that measures,
 * Imago records, notes and reports can be added as further steps.
 *
 * <p>It depends on staff (the directory, and its seeding interface for the sign-ins the README
 * lists), security (roles, signing in as a staff member), clients
 * (couples, screening, episodes of care), scheduling (rooms, hours, bookings, attendance, the
 * waitlist), assessments (CSI-16 measures, Imago records, session notes with signing and co-signing),
 * notifications (the partners' message consents and a safe contact, and the outbox sent as the
 * last month is replayed), billing (monthly invoices, payments,
 * prepaid packages and a few overdue balances), portal (a few couples invited, a month of their home
 * practice logged as each partner, and its seeding interface for the two demo partners' sign-in the README
 * lists) and the shared kernel (exceptions). Nothing depends on it.
 */
@ApplicationModule(displayName = "Demo clinic", allowedDependencies = {"shared", "staff", "security", "clients",
        "scheduling", "assessments", "notifications", "billing", "portal", "staff::seeding", "portal::seeding"})
@NullMarked
package org.imagoclinic.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
