package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.PortalLinkRequested;
import org.imagoclinic.portal.PortalLinkRequested.Purpose;
import org.imagoclinic.portal.SafeContacts;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's side of portal accounts; see {@link PortalAccounts}. */
@Service
class PortalAccountService implements PortalAccounts {

    static final String SUBJECT = "PortalAccount";
    /** Who sees a couple's portal accounts: anyone at the clinic who may see its contacts. */
    static final String STAFF = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '"
            + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')";
    /** Who invites and disables: the front desk and therapists. */
    static final String INVITERS = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "')";

    private final PortalAccountRepository accounts;
    private final MessageContacts contacts;
    private final ClinicalAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SafeContacts safeContacts;

    PortalAccountService(PortalAccountRepository accounts, MessageContacts contacts, SafeContacts safeContacts,
                         ClinicalAccess access, CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
                         Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.safeContacts = safeContacts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    // not read-only: the access check writes the audit trail
    @Transactional
    @PreAuthorize(STAFF)
    public List<PortalAccount> ofCouple(UUID coupleId) {
        access.require(RecordKind.COUPLE_CONTACTS, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return accounts.ofCouple(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(INVITERS)
    public PortalAccount invite(UUID coupleId, UUID personId) {
        access.require(RecordKind.COUPLE_CONTACTS, coupleId, AuditAction.CREATE, SUBJECT, personId);
        String email = portalAddress(coupleId, personId);
        Optional<PortalAccount> existing = accounts.findOf(coupleId, personId);
        if (existing.isPresent() && existing.get().status() != PortalAccountStatus.DISABLED) {
            throw new BusinessRuleException("This partner is invited already: send the invitation again instead.");
        }
        UUID id = existing.map(PortalAccount::id).orElseGet(UUID::randomUUID);
        refuseSharedAddress(email, id);
        String by = currentUser.require().displayName();
        Instant now = clock.instant();
        if (existing.isPresent()) {
            accounts.invitedAgain(id, email, by, now);
        } else {
            accounts.insert(id, coupleId, personId, email, by, now);
        }
        return invited(id, "invited");
    }

    @Override
    @Transactional
    @PreAuthorize(INVITERS)
    public PortalAccount resend(UUID accountId) {
        PortalAccount account = accounts.lock(accountId).orElseThrow(() -> new NotFoundException("No portal account with this id."));
        access.require(RecordKind.COUPLE_CONTACTS, account.coupleId(), AuditAction.UPDATE, SUBJECT, accountId);
        if (account.status() == PortalAccountStatus.DISABLED) {
            throw new BusinessRuleException("This portal account is disabled: invite the partner again to switch it back on.");
        }
        String email = portalAddress(account.coupleId(), account.personId());
        refuseSharedAddress(email, accountId);
        accounts.invitedAgain(accountId, email, currentUser.require().displayName(), clock.instant());
        return invited(accountId, "invitation sent again");
    }

    @Override
    @Transactional
    @PreAuthorize(INVITERS)
    public PortalAccount disable(UUID accountId) {
        PortalAccount account = accounts.lock(accountId).orElseThrow(() -> new NotFoundException("No portal account with this id."));
        access.require(RecordKind.COUPLE_CONTACTS, account.coupleId(), AuditAction.UPDATE, SUBJECT, accountId);
        if (account.status() != PortalAccountStatus.DISABLED) {
            accounts.disable(accountId, currentUser.require().displayName(), clock.instant());
            audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, accountId.toString(), account.coupleId(),
                    AuditOutcome.ALLOWED, "portal account disabled"));
        }
        return accounts.find(accountId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(INVITERS)
    public PortalAccount resetSecondFactor(UUID accountId) {
        PortalAccount account = accounts.lock(accountId).orElseThrow(() -> new NotFoundException("No portal account with this id."));
        access.require(RecordKind.COUPLE_CONTACTS, account.coupleId(), AuditAction.UPDATE, SUBJECT, accountId);
        if (!account.secondFactor()) {
            throw new BusinessRuleException("This partner's sign-in does not ask for a code: there is nothing to reset.");
        }
        accounts.removeTotp(accountId, currentUser.require().displayName(), clock.instant());
        audit.record(new AuditRecord(AuditAction.PERMISSION_CHANGE, SUBJECT, accountId.toString(), account.coupleId(),
                AuditOutcome.ALLOWED, "portal second factor reset by the clinic (the partner lost their app)"));
        return accounts.find(accountId).orElseThrow();
    }

    private PortalAccount invited(UUID accountId, String what) {
        PortalAccount account = accounts.find(accountId).orElseThrow();
        events.publishEvent(new PortalLinkRequested(UUID.randomUUID(), account.id(), account.coupleId(),
                account.personId(), account.email(), Purpose.INVITATION, clock.instant()));
        audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, accountId.toString(), account.coupleId(),
                AuditOutcome.ALLOWED, what));
        return account;
    }

    /**
     * Where the partner's portal mail goes: the email on record, or for a partner marked safe contact only
     * their safe email address, never one the other partner may read (ADR 0055).
     */
    private String portalAddress(UUID coupleId, UUID personId) {
        PartnerContact partner = contacts.contactsOf(coupleId)
                .orElseThrow(() -> new NotFoundException("No couple with this id."))
                .partner(personId)
                .orElseThrow(() -> new InvalidInputException("personId", "This person is not one of the couple's partners."));
        SafeContacts.SafeContact safe = safeContacts.of(personId);
        if (safe.safeContactOnly()) {
            if (safe.safeEmail() == null) {
                throw new BusinessRuleException(partner.calledName() + " is marked safe contact only, and their safe "
                        + "contact is not an email address: record a safe email address on the Messages tab first. The "
                        + "portal's invitation and links go only there.");
            }
            return safe.safeEmail();
        }
        if (partner.email() == null || partner.email().isBlank()) {
            throw new BusinessRuleException(partner.calledName() + " has no email address on record: add it to the "
                    + "couple's details first, the invitation goes there.");
        }
        return partner.email().strip();
    }

    /** Each partner signs in at an address of their own: a shared one would let one read the other's links. */
    private void refuseSharedAddress(String email, UUID accountId) {
        accounts.liveByEmail(email).filter(other -> !other.id().equals(accountId)).ifPresent(other -> {
            throw new BusinessRuleException("Another partner's portal account uses " + email + ". Each partner needs "
                    + "an email address of their own for the portal.");
        });
    }
}
