package org.imagoclinic.billing.internal;


import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.StatementEmailRequested;
import org.imagoclinic.billing.StatementEmailRequested.PayerStatement;
import org.imagoclinic.billing.StatementRecipients;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statements on request of the front desk, printed or emailed; {@link StatementComposer} makes them.
 */
@Service
@PreAuthorize(BillingAccess.BILLERS)
class StatementService implements Statements {

    private final Couples couples;
    private final Invoices invoices;
    private final StatementComposer composer;
    private final BillingAccess access;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;
    private final ThirdPartyMail thirdPartyMail;
    private final Clock clock;

    StatementService(Couples couples, Invoices invoices, StatementComposer composer, BillingAccess access,
                     BillingSettings settings, ApplicationEventPublisher events, ThirdPartyMail thirdPartyMail,
                     Clock clock) {
        this.thirdPartyMail = thirdPartyMail;
        this.settings = settings;
        this.events = events;
        this.couples = couples;
        this.invoices = invoices;
        this.composer = composer;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public byte[] monthly(UUID coupleId, @Nullable YearMonth month) {
        YearMonth checked = checked(month);
        Couple couple = couples.get(coupleId);
        Payer payer = invoices.payerOf(coupleId);
        StatementReader reader = payer.kind() == PayerKind.THIRD_PARTY ? StatementReader.thirdParty()
                : StatementReader.couple();
        byte[] statement = composer.compose(coupleId, checked, PayerRules.addressee(payer, couple), reader).pdf();
        access.audited(AuditAction.PRINT, "Statement", coupleId, coupleId, "statement for " + month);
        return statement;
    }

    @Override
    @Transactional
    public byte[] ofPartner(UUID coupleId, @Nullable YearMonth month, UUID partnerId) {
        YearMonth checked = checked(month);
        Couple couple = couples.get(coupleId);
        Partner partner = PayerRules.partnerOf(couple, partnerId);
        Payer payer = invoices.payerOf(coupleId);
        byte[] statement = composer.compose(coupleId, checked,
                PayerRules.addresseeAlone(payer, partnerId, partner.displayName()), StatementReader.partner(partnerId)).pdf();
        access.audited(AuditAction.PRINT, "Statement", coupleId, coupleId, "one partner's statement for " + month);
        return statement;
    }

    @Override
    @Transactional
    public StatementRecipients email(UUID coupleId, @Nullable YearMonth month) {
        YearMonth checked = checked(month);
        Couple couple = couples.get(coupleId);
        Payer payer = invoices.payerOf(coupleId);
        List<PayerStatement> addressed = composer.forPartners(payer, couple.partnerA().personId(),
                couple.partnerA().displayName(), couple.partnerB().personId(), couple.partnerB().displayName(), checked,
                false);
        String thirdParty = payer.kind() == PayerKind.THIRD_PARTY ? payer.thirdPartyEmail() : null;
        if (addressed.isEmpty() && thirdParty == null) {
            throw new BusinessRuleException("A third party pays for this couple and has no email address on record: "
                    + "add it under Who pays, or print the statement and send it to them.");
        }
        if (!addressed.isEmpty()) {
            access.audited(AuditAction.PRINT, "Statement", coupleId, coupleId, "statement for " + month
                    + " emailed to " + (addressed.size() == 1 ? "one partner" : "both partners"));
            events.publishEvent(new StatementEmailRequested(UUID.randomUUID(), coupleId, checked, settings.currency(),
                    addressed));
        }
        if (thirdParty != null) {
            composer.forThirdParty(payer, checked, false).ifPresent(statement -> thirdPartyMail.statement(payer,
                    checked, statement, UUID.randomUUID()));
        }
        return new StatementRecipients(addressed.stream().map(PayerStatement::personId).toList(), thirdParty);
    }

    private YearMonth checked(@Nullable YearMonth month) {
        if (month == null || month.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("month", "Choose a month that has begun, e.g. " + YearMonth.now(clock) + ".");
        }
        return month;
    }
}
