/**
 * Progress and outcome reports for supervisors, therapists and the front desk, built only from
 * the other modules' events into read models in schema {@code reporting}, which it can rebuild.
 * It never reads another module's tables.
 *
 * <p>It depends on the modules whose events it projects (clients, scheduling, assessments, staff, and
 * notifications, whose reminders sent split the engagement report, and portal, whose home practice logged sits beside each couple's change) for those events and their APIs, on security and audit (access and audited exports), and on the
 * shell's components (charts), home panels and the couple page's tabs.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"shared", "shared :: components",
        "shared :: home", "security", "audit", "clients", "clients :: couple-tabs", "scheduling", "assessments",
        "staff", "notifications", "portal"})
@NullMarked
package org.imagoclinic.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
