package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.STATEMENT_SCHEDULE;
import static org.imagoclinic.billing.internal.db.Tables.STATEMENT_SENT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.MonthlySending;
import org.imagoclinic.billing.MonthlyStatements;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.StatementEmailRequested;
import org.imagoclinic.billing.StatementEmailRequested.PayerStatement;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.MessageContacts.CoupleContacts;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.shared.InvalidInputException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Last month's statements by email on the clinic's day (ADR 0047). Each couple's month is marked sent
 * in the transaction that asks notifications for the mail (the event is stored with it), so a rerun,
 * a restart or a second instance finds the mark and asks nothing twice; the request id is made from
 * the couple and the month, so notifications too would mail a repeated request once.
 */
@Service
class MonthlyStatementService implements MonthlyStatements {

    private static final Logger log = LoggerFactory.getLogger(MonthlyStatementService.class);

    private final DSLContext db;
    private final MessageContacts contacts;
    private final PayerStore payers;
    private final StatementComposer composer;
    private final BillingAccess access;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ThirdPartyMail thirdPartyMail;
    private final Clock clock;

    MonthlyStatementService(DSLContext db, MessageContacts contacts, PayerStore payers, StatementComposer composer,
                            BillingAccess access, BillingSettings settings, ApplicationEventPublisher events,
                            TransactionTemplate transaction, ThirdPartyMail thirdPartyMail, Clock clock) {
        this.thirdPartyMail = thirdPartyMail;
        this.db = db;
        this.contacts = contacts;
        this.payers = payers;
        this.composer = composer;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(BillingAccess.ADMINS)
    public MonthlySending current() {
        return db.selectFrom(STATEMENT_SCHEDULE).fetchOptional(r -> new MonthlySending(r.getEnabled(), r.getDayOfMonth(),
                r.getChangedBy(), r.getChangedAt().toInstant())).orElse(new MonthlySending(false, 1, null, null));
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.ADMINS)
    public MonthlySending change(@Nullable Boolean enabled, @Nullable Integer dayOfMonth) {
        if (enabled == null) {
            throw new InvalidInputException("enabled", "Say whether statements go by email by themselves.");
        }
        if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 28) {
            throw new InvalidInputException("dayOfMonth", "Choose a day from 1 to 28, so that every month has it.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(STATEMENT_SCHEDULE).set(STATEMENT_SCHEDULE.ID, true).set(STATEMENT_SCHEDULE.ENABLED, enabled)
                .set(STATEMENT_SCHEDULE.DAY_OF_MONTH, dayOfMonth).set(STATEMENT_SCHEDULE.CHANGED_AT, now)
                .set(STATEMENT_SCHEDULE.CHANGED_BY, access.myName())
                .onConflict(STATEMENT_SCHEDULE.ID).doUpdate()
                .set(STATEMENT_SCHEDULE.ENABLED, enabled).set(STATEMENT_SCHEDULE.DAY_OF_MONTH, dayOfMonth)
                .set(STATEMENT_SCHEDULE.CHANGED_AT, now).set(STATEMENT_SCHEDULE.CHANGED_BY, access.myName())
                .execute();
        access.audited(AuditAction.UPDATE, "StatementSchedule", "clinic", null, enabled
                ? "monthly statements emailed on day " + dayOfMonth : "monthly statements no longer emailed");
        return current();
    }

    @Override
    public int sendDue() {
        var chosen = db.selectFrom(STATEMENT_SCHEDULE).fetchOptional().orElse(null);
        LocalDate today = LocalDate.now(clock);
        if (chosen == null || !chosen.getEnabled()) {
            return 0;
        }
        LocalDate day = today.withDayOfMonth(chosen.getDayOfMonth());
        // on or after the day (a day the server was down is caught up), once the choice was made before it
        if (today.isBefore(day) || !chosen.getChangedAt().atZoneSameInstant(clock.getZone()).toLocalDate().isBefore(day)) {
            return 0;
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        int asked = 0;
        for (UUID coupleId : notYetSent(month)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> send(coupleId, month)))) {
                asked++;
            }
        }
        log.info("Monthly statements for {}: asked for {} couple(s)", month, asked);
        return asked;
    }

    /** The couples with an invoice or a payment by the month's end whose statement of the month has not gone. */
    private List<UUID> notYetSent(YearMonth month) {
        LocalDate until = month.atEndOfMonth();
        var sent = db.select(STATEMENT_SENT.COUPLE_ID).from(STATEMENT_SENT).where(STATEMENT_SENT.MONTH.eq(month.atDay(1)));
        return db.select(INVOICE.COUPLE_ID).from(INVOICE).where(INVOICE.ISSUED_ON.le(until))
                .union(db.select(PAYMENT.COUPLE_ID).from(PAYMENT).where(PAYMENT.RECEIVED_ON.le(until)))
                .except(sent)
                .fetch(r -> r.value1());
    }

    private boolean send(UUID coupleId, YearMonth month) {
        boolean first = db.insertInto(STATEMENT_SENT).set(STATEMENT_SENT.MONTH, month.atDay(1))
                .set(STATEMENT_SENT.COUPLE_ID, coupleId).set(STATEMENT_SENT.SENT_AT, OffsetDateTime.now(clock))
                .onConflictDoNothing().execute() == 1;
        CoupleContacts couple = contacts.contactsOf(coupleId).orElse(null);
        if (!first || couple == null) {
            return false;
        }
        PartnerContact a = couple.partners().get(0);
        PartnerContact b = couple.partners().get(1);
        Payer payer = payers.of(coupleId, a.personId());
        List<PayerStatement> addressed = composer.forPartners(payer, a.personId(), a.displayName(), b.personId(),
                b.displayName(), month, true);
        var toThirdParty = payer.thirdPartyEmail() == null ? java.util.Optional.<StatementComposer.Statement>empty()
                : composer.forThirdParty(payer, month, true);
        if (!addressed.isEmpty()) {
            access.audited(AuditAction.PRINT, "Statement", coupleId, coupleId, "statement for " + month
                    + " emailed by the monthly sending to " + (addressed.size() == 1 ? "one partner" : "both partners"));
            events.publishEvent(new StatementEmailRequested(requestId("monthly statement", coupleId, month), coupleId,
                    month, settings.currency(), addressed));
        }
        toThirdParty.ifPresent(statement -> thirdPartyMail.statement(payer, month, statement,
                requestId("monthly statement to the third party", coupleId, month)));
        return !addressed.isEmpty() || toThirdParty.isPresent();
    }

    private static UUID requestId(String what, UUID coupleId, YearMonth month) {
        return UUID.nameUUIDFromBytes((what + " " + coupleId + " " + month).getBytes(StandardCharsets.UTF_8));
    }
}
