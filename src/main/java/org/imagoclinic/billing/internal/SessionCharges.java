package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.CHARGE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Service;
import org.imagoclinic.scheduling.AppointmentKind;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the charge for something scheduling reports, at most once: the row is keyed on the
 * appointment, the couple and the kind of charge, so an event heard again (delivery is at least once)
 * finds it there and adds nothing. A fee of nothing makes no charge.
 */
@Component
class SessionCharges {

    private static final Logger log = LoggerFactory.getLogger(SessionCharges.class);

    private final DSLContext db;
    private final FeeScheduleService fees;
    private final PackageService packages;
    private final Clock clock;

    SessionCharges(DSLContext db, FeeScheduleService fees, PackageService packages, Clock clock) {
        this.db = db;
        this.fees = fees;
        this.packages = packages;
        this.clock = clock;
    }

    /**
     * What scheduling said happened, as this module charges it.
     *
     * @param personIds who came: both partners, or the one partner of an individual session
     */
    record Occurrence(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId, List<UUID> personIds,
                      List<UUID> therapistIds, Instant start, Instant end) {

        /** The one partner of an individual session, whose superbill alone may show it; null for the couple's. */
        @Nullable UUID individual() {
            return kind == AppointmentKind.INDIVIDUAL && personIds.size() == 1 ? personIds.getFirst() : null;
        }
    }

    /** Charges a session that took place: its fee, or for a workshop day the couple's place. */
    boolean completed(Occurrence session) {
        boolean workshop = session.kind() == AppointmentKind.WORKSHOP;
        return charge(session, workshop ? ChargeKind.WORKSHOP_PLACE : ChargeKind.SESSION, serviceOf(session.kind()), "");
    }

    boolean missed(Occurrence session) {
        return charge(session, ChargeKind.NO_SHOW, Service.NO_SHOW, ": " + session.kind().label().toLowerCase());
    }

    boolean cancelledLate(Occurrence session) {
        return charge(session, ChargeKind.LATE_CANCELLATION, Service.LATE_CANCELLATION,
                ": " + session.kind().label().toLowerCase());
    }

    private boolean charge(Occurrence session, ChargeKind kind, Service service, String what) {
        if (session.coupleId() == null) {
            log.info("No charge for appointment {}: no couple", session.appointmentId());
            return false;
        }
        long minutes = Duration.between(session.start(), session.end()).toMinutes();
        Optional<FeeScheduleService.Price> price = fees.priceFor(service, minutes, session.coupleId());
        if (price.isEmpty() || !price.get().amount().isPositive()) {
            return false;
        }
        FeeScheduleService.Price p = price.get();
        LocalDate day = session.start().atZone(clock.getZone()).toLocalDate();
        String description = p.fee().label() + what
                + (p.slidingPercent() == null ? "" : " (sliding scale " + p.slidingPercent().stripTrailingZeros().toPlainString() + " %)");
        UUID id = UUID.randomUUID();
        boolean made = db.insertInto(CHARGE)
                .set(CHARGE.ID, id)
                .set(CHARGE.COUPLE_ID, session.coupleId())
                .set(CHARGE.SOURCE_ID, session.appointmentId())
                .set(CHARGE.KIND, kind.name())
                .set(CHARGE.SERVICE_DATE, day)
                .set(CHARGE.DESCRIPTION, description)
                .set(CHARGE.CPT_CODE, kind == ChargeKind.SESSION ? p.fee().cptCode() : null)
                .set(CHARGE.THERAPIST_ID, session.therapistIds().isEmpty() ? null : session.therapistIds().getFirst())
                .set(CHARGE.PERSON_ID, session.individual())
                .set(CHARGE.AMOUNT, p.amount().amount())
                .set(CHARGE.CREATED_AT, OffsetDateTime.now(clock))
                .onConflict(CHARGE.SOURCE_ID, CHARGE.COUPLE_ID, CHARGE.KIND).doNothing()
                .execute() == 1;
        if (made && kind == ChargeKind.SESSION) {
            packages.drawDown(id, session.coupleId(), p.fee().id());
        }
        return made;
    }

    private static Service serviceOf(AppointmentKind kind) {
        return switch (kind) {
            case INTAKE, JOINT -> Service.JOINT;
            case INDIVIDUAL -> Service.INDIVIDUAL;
            case HALF_DAY_INTENSIVE, FULL_DAY_INTENSIVE -> Service.INTENSIVE;
            case WORKSHOP -> Service.WORKSHOP_PLACE;
        };
    }
}
