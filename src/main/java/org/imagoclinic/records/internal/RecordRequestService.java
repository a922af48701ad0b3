package org.imagoclinic.records.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.records.NewRecordRequest;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.records.RecordRequests;
import org.imagoclinic.records.internal.db.tables.records.RecordRequestRecord;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordRequestService implements RecordRequests {

    private static final String SUBJECT = "RecordRequest";

    private final RequestStore store;
    private final Couples couples;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RecordRequestService(RequestStore store, Couples couples, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.store = store;
        this.couples = couples;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public RecordRequest record(UUID coupleId, NewRecordRequest request) {
        Couple couple = couples.get(coupleId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request == null || request.kind() == null) {
            problems.put("kind", "Say what the partner asked for.");
        }
        if (request == null || request.partnerId() == null || partnerOf(couple, request.partnerId()) == null) {
            problems.put("partnerId", "Choose which partner asked.");
        }
        if (request != null) {
            PlausibleDates.check(problems, "receivedOn", request.receivedOn(), When.HAPPENED, today);
            InputLimits.checkText(problems, "details", request.details(), InputLimits.TEXT);
        }
        InputLimits.refuseAny(problems);
        if (store.hasOpen(coupleId, request.partnerId(), request.kind())) {
            throw new ConflictException("This partner's request for " + request.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " is already on record and open. Nothing was recorded.");
        }
        UUID id = UUID.randomUUID();
        String details = request.details() == null || request.details().isBlank() ? null : request.details().trim();
        store.insert(id, coupleId, request.partnerId(), request.kind(), request.receivedOn() == null ? today
                : request.receivedOn(), details, currentUser.require().displayName(), clock.instant());
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, id.toString(), coupleId, AuditOutcome.ALLOWED,
                request.kind().label() + ", asked by partner " + partnerOf(couple, request.partnerId()).slot()));
        return store.ofCouple(coupleId).stream().filter(row -> row.getId().equals(id)).findFirst()
                .map(row -> shown(row, couple)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RecordRequest> ofCouple(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        return store.ofCouple(coupleId).stream().map(row -> shown(row, couple)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<RecordRequest> open() {
        Map<UUID, Couple> seen = new LinkedHashMap<>();
        return store.open().stream()
                .map(row -> shown(row, seen.computeIfAbsent(row.getCoupleId(), couples::get)))
                .toList();
    }

    static RecordRequest shown(RecordRequestRecord row, Couple couple) {
        Partner partner = partnerOf(couple, row.getPartnerId());
        return new RecordRequest(row.getId(), row.getCoupleId(), couple.displayName(), row.getPartnerId(),
                partner == null ? "" : partner.displayName(), RecordRequestKind.valueOf(row.getKind()), row.getReceivedOn(),
                row.getDetails(), row.getRecordedBy(), row.getRecordedAt().toInstant(), row.getFulfilledOn(),
                row.getFulfilledBy());
    }

    static Partner partnerOf(Couple couple, UUID personId) {
        return couple.partnerA().personId().equals(personId) ? couple.partnerA()
                : couple.partnerB().personId().equals(personId) ? couple.partnerB() : null;
    }
}
