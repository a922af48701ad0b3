package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.BOOKING_RULES;

import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.BookingRules;
import org.imagoclinic.security.CurrentUser;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's booking rules, one row in {@code scheduling.booking_rules}. */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class BookingRulesService implements BookingRules {

    private final DSLContext db;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ClinicTime time;

    BookingRulesService(DSLContext db, AuditTrail audit, CurrentUser currentUser, ClinicTime time) {
        this.db = db;
        this.audit = audit;
        this.currentUser = currentUser;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean treatmentConsentBeforeFirstSession() {
        return consentRequired(db);
    }

    /** As {@link #treatmentConsentBeforeFirstSession()}, for the booking rules inside a booking (no access check). */
    static boolean consentRequired(DSLContext db) {
        return db.select(BOOKING_RULES.TREATMENT_CONSENT_BEFORE_FIRST_SESSION).from(BOOKING_RULES)
                .fetchOptional(BOOKING_RULES.TREATMENT_CONSENT_BEFORE_FIRST_SESSION).orElse(false);
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public boolean requireTreatmentConsentBeforeFirstSession(boolean required) {
        db.update(BOOKING_RULES).set(BOOKING_RULES.TREATMENT_CONSENT_BEFORE_FIRST_SESSION, required)
                .set(BOOKING_RULES.CHANGED_AT, time.now().atZone(time.zone()).toOffsetDateTime())
                .set(BOOKING_RULES.CHANGED_BY, currentUser.get().map(CurrentUser.SignedInAccount::username).orElse("system"))
                .execute();
        audit.record(new AuditRecord(AuditAction.UPDATE, "BookingRules", "treatment-consent-before-first-session",
                null, AuditOutcome.ALLOWED, required ? "treatment consent required before a first session"
                : "treatment consent no longer required before a first session"));
        return required;
    }
}
