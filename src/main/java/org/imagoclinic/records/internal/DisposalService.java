package org.imagoclinic.records.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.billing.BillingRetention;
import org.imagoclinic.clients.ClientRetention;
import org.imagoclinic.clients.RetentionFacts;
import org.imagoclinic.records.Disposal;
import org.imagoclinic.records.DisposalCause;
import org.imagoclinic.records.DisposalHold;
import org.imagoclinic.records.DisposalStatus;
import org.imagoclinic.records.RecordDisposals;
import org.imagoclinic.records.internal.db.tables.records.DisposalRecord;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DisposalService implements RecordDisposals {

    static final String SUBJECT = "Couple";
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final Logger log = LoggerFactory.getLogger(DisposalService.class);

    private final DisposalStore store;
    private final RetentionRule rule;
    private final ClientRetention clients;
    private final BillingRetention billing;
    private final PublicationArchive archive;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    DisposalService(DisposalStore store, RetentionRule rule, ClientRetention clients, BillingRetention billing,
                    PublicationArchive archive, ApplicationEventPublisher events, CurrentUser currentUser, AuditTrail audit,
                    Clock clock) {
        this.store = store;
        this.rule = rule;
        this.clients = clients;
        this.billing = billing;
        this.archive = archive;
        this.events = events;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<Disposal> list() {
        return store.open().stream().map(this::shown).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(ADMIN)
    public int listDue() {
        return listDueToday();
    }

    /** The daily task's work: lists every couple whose retention has ended and is not listed yet. */
    @Transactional
    int listDueToday() {
        LocalDate today = LocalDate.now(clock);
        int listed = 0;
        for (RetentionFacts facts : clients.withNoOpenEpisode()) {
            // financial records can only lengthen the retention: billing is asked only when the rest has ended
            if (rule.endsOn(facts, Optional.empty()).filter(day -> !day.isAfter(today)).isEmpty()) {
                continue;
            }
            Optional<LocalDate> ends = retentionEndsOn(facts);
            if (ends.isPresent() && !ends.get().isAfter(today) && !store.isListed(facts.coupleId())
                    && store.list(facts.coupleId(), DisposalCause.RETENTION_ENDED, ends.get(), today)) {
                listed++;
            }
        }
        log.info("Disposal list: {} couple(s) whose retention has ended added", listed);
        return listed;
    }

    /** Lists the couple for disposal on a partner's request for erasure, which the caller found allowed. */
    @Transactional
    void listForErasure(UUID coupleId, LocalDate askedOn) {
        store.list(coupleId, DisposalCause.ERASURE_REQUESTED, askedOn, LocalDate.now(clock));
    }

    /** Why the couple's record must still be kept, with the day it may go; empty when nothing must be kept. */
    Optional<String> whyKept(UUID coupleId) {
        RetentionFacts facts = clients.of(coupleId).orElseThrow(() -> new NotFoundException("No couple with this id."));
        if (facts.episodeOpen()) {
            return Optional.of("The couple is in an episode of care: their clinical record must be kept while they are in"
                    + " care and for the retention period after the episode closes.");
        }
        return rule.ending(facts, billing.lastFinancialDayOf(coupleId))
                .filter(ending -> ending.day().isAfter(LocalDate.now(clock)) && (facts.anyEpisode()
                        || billing.lastFinancialDayOf(coupleId).isPresent()))
                .map(ending -> "The record must be kept until " + ending.dayInWords() + ": " + ending.why() + ".");
    }

    @Override
    @Transactional
    @PreAuthorize(ADMIN)
    public Disposal approve(UUID disposalId) {
        DisposalRecord row = openEntry(disposalId);
        if (DisposalStatus.valueOf(row.getStatus()) == DisposalStatus.APPROVED) {
            throw new ConflictException("This disposal is already approved. Nothing was changed.");
        }
        Optional<RetentionFacts> facts = clients.of(row.getCoupleId());
        Optional<String> keptBecause = DisposalCause.valueOf(row.getCause()) == DisposalCause.ERASURE_REQUESTED
                ? facts.flatMap(found -> whyKept(found.coupleId()))
                : facts.flatMap(found -> retentionEndsOn(found).filter(day -> !day.isAfter(LocalDate.now(clock))).isPresent()
                        ? Optional.empty() : Optional.of("Their retention has started again (an episode of care was opened"
                        + " or something was billed since the couple was listed)."));
        if (facts.isEmpty() || keptBecause.isPresent()) {
            store.withdraw(disposalId);
            audit.record(tombstone(row, "disposal " + disposalId + " withdrawn at approval: retention started again"));
            throw new ConflictException(keptBecause.orElse("The couple is no longer on record.")
                    + " The couple was taken off the disposal list; nothing was disposed of.");
        }
        List<UUID> partners = facts.get().partnerIds();
        List<UUID> pseudonyms = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        store.approve(disposalId, currentUser.require().displayName(), clock.instant(), partners, pseudonyms);
        int requests = store.deleteRequestsOf(row.getCoupleId());
        audit.record(tombstone(row, "disposal " + disposalId + " approved (" + DisposalCause.valueOf(row.getCause()).label()
                .toLowerCase(java.util.Locale.ROOT) + ", retention ended on " + row.getRetentionEndedOn() + "); partners "
                + partners.get(0) + " and " + partners.get(1) + "; " + requests + " request(s) about the record removed"));
        events.publishEvent(new CoupleDisposalApproved(disposalId, row.getCoupleId(), partners, pseudonyms.get(0),
                pseudonyms.subList(1, 3)));
        return shown(store.find(disposalId).orElseThrow(), facts.get().displayName());
    }

    @Override
    @Transactional
    @PreAuthorize(ADMIN)
    public Disposal hold(UUID disposalId, DisposalHold hold) {
        String reason = hold == null || hold.reason() == null ? "" : hold.reason().strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (reason.isEmpty()) {
            problems.put("reason", "Say why the record is kept, e.g. a legal hold.");
        }
        InputLimits.checkText(problems, "reason", reason, InputLimits.LINE);
        InputLimits.refuseAny(problems);
        DisposalRecord row = openEntry(disposalId);
        if (DisposalStatus.valueOf(row.getStatus()) == DisposalStatus.APPROVED) {
            throw new ConflictException("This disposal is already approved and under way. Nothing was changed.");
        }
        store.hold(disposalId, currentUser.require().displayName(), clock.instant(), reason);
        audit.record(tombstone(row, "disposal " + disposalId + " held by an administrator"));
        return shown(store.find(disposalId).orElseThrow());
    }

    /**
     * Finishes approved disposals whose every module has done its part: the event archive gets the
     * pseudonyms, the entry keeps no identity, and the tombstone says it is done. Returns how many.
     */
    @Transactional
    int finishApproved() {
        int finished = 0;
        for (DisposalRecord row : store.approved()) {
            List<UUID> partners = List.of(row.getPartnerIds());
            List<UUID> pseudonyms = List.of(row.getPseudonyms());
            Map<UUID, UUID> ids = new LinkedHashMap<>();
            ids.put(row.getCoupleId(), pseudonyms.get(0));
            for (int i = 0; i < partners.size(); i++) {
                ids.put(partners.get(i), pseudonyms.get(i + 1));
            }
            if (archive.outstanding(ids.keySet())) {
                continue;
            }
            int rewritten = archive.pseudonymise(ids);
            store.disposed(row.getId(), pseudonyms.get(0), clock.instant());
            audit.record(tombstone(row, "disposal " + row.getId() + " completed in every module; " + rewritten
                    + " archived event publication(s) now without identities"), AuditActor.system());
            finished++;
        }
        return finished;
    }

    private DisposalRecord openEntry(UUID disposalId) {
        DisposalRecord row = store.findForUpdate(disposalId)
                .orElseThrow(() -> new NotFoundException("No entry with this id is on the disposal list."));
        if (!DisposalStore.OPEN.contains(row.getStatus())) {
            throw new ConflictException("This entry was " + DisposalStatus.valueOf(row.getStatus()).label()
                    .toLowerCase(java.util.Locale.ROOT) + " already. Nothing was changed.");
        }
        return row;
    }

    private Optional<LocalDate> retentionEndsOn(RetentionFacts facts) {
        return rule.endsOn(facts, billing.lastFinancialDayOf(facts.coupleId()));
    }

    private static AuditRecord tombstone(DisposalRecord row, String what) {
        return new AuditRecord(AuditAction.DISPOSE, SUBJECT, row.getCoupleId().toString(), row.getCoupleId(),
                AuditOutcome.ALLOWED, what);
    }

    private Disposal shown(DisposalRecord row) {
        return shown(row, clients.of(row.getCoupleId()).map(RetentionFacts::displayName).orElse(""));
    }

    private static Disposal shown(DisposalRecord row, String coupleName) {
        return new Disposal(row.getId(), row.getCoupleId(), coupleName, DisposalCause.valueOf(row.getCause()),
                row.getRetentionEndedOn(), row.getListedOn(), DisposalStatus.valueOf(row.getStatus()), row.getHoldReason(),
                row.getDecidedBy(), row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant());
    }
}
