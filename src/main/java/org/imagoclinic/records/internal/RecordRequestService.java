package org.imagoclinic.records.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.records.CorrectionDecision;
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
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordRequestService implements RecordRequests {

    private static final String SUBJECT = "RecordRequest";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Room left in an addendum for the words that say which request it answers. */
    private static final int ANSWER_PREFIX_ROOM = 300;

    private final RequestStore store;
    private final ReleaseRule rule;
    private final SessionNotes notes;
    private final Couples couples;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final DisposalService disposals;
    private final Clock clock;

    RecordRequestService(RequestStore store, ReleaseRule rule, SessionNotes notes, Couples couples, CurrentUser currentUser,
                         AuditTrail audit, DisposalService disposals, Clock clock) {
        this.store = store;
        this.rule = rule;
        this.notes = notes;
        this.couples = couples;
        this.currentUser = currentUser;
        this.audit = audit;
        this.disposals = disposals;
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
        if (request.kind() != RecordRequestKind.CORRECTION && store.hasOpen(coupleId, request.partnerId(), request.kind())) {
            throw new ConflictException("This partner's request for " + request.kind().label().toLowerCase(Locale.ROOT)
                    + " is already on record and open. Nothing was recorded.");
        }
        UUID id = UUID.randomUUID();
        String details = request.details() == null || request.details().isBlank() ? null : request.details().trim();
        store.insert(id, coupleId, request.partnerId(), request.kind(), request.receivedOn() == null ? today
                : request.receivedOn(), details, currentUser.require().displayName(), clock.instant());
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, id.toString(), coupleId, AuditOutcome.ALLOWED,
                request.kind().label() + ", asked by partner " + partnerOf(couple, request.partnerId()).slot()));
        if (request.kind() == RecordRequestKind.ERASURE) {
            answerErasure(id, coupleId, request.receivedOn() == null ? today : request.receivedOn());
        }
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

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public RecordRequest decide(UUID requestId, CorrectionDecision decision) {
        RecordRequestRecord row = store.findForUpdate(requestId)
                .orElseThrow(() -> new NotFoundException("No request with this id is on record."));
        rule.requireCareTeam(row.getCoupleId(), AuditAction.UPDATE, SUBJECT, requestId.toString(),
                "Only a therapist or supervisor on the couple's care team decides on a correction of their record.");
        if (RecordRequestKind.valueOf(row.getKind()) != RecordRequestKind.CORRECTION || row.getFulfilledOn() != null) {
            throw new ConflictException("Only an open request for a correction waits for a decision. Nothing was changed.");
        }
        Couple couple = couples.get(row.getCoupleId());
        String text = decision == null || decision.text() == null ? "" : decision.text().trim();
        Map<String, String> problems = new LinkedHashMap<>();
        if (decision == null || decision.outcome() == null) {
            problems.put("outcome", "Say whether the record is amended or the request declined.");
        }
        if (text.isEmpty()) {
            problems.put("text", decision != null && decision.outcome() == CorrectionDecision.Outcome.DECLINED
                    ? "Say why the request is declined." : "Write the amendment.");
        }
        InputLimits.checkText(problems, "text", text, InputLimits.TEXT - ANSWER_PREFIX_ROOM);
        UUID noteId = null;
        if (decision != null && decision.outcome() == CorrectionDecision.Outcome.AMENDED) {
            noteId = decision.noteId();
            if (noteId == null) {
                problems.put("noteId", "Choose the signed note the amendment is added to.");
            } else if (!amendable(notes.get(noteId, false), row)) {
                problems.put("noteId", "Choose a signed note of this couple's joint sessions or of the asking partner's "
                        + "own individual sessions.");
            }
        }
        InputLimits.refuseAny(problems);
        Partner partner = partnerOf(couple, row.getPartnerId());
        if (noteId != null) {
            notes.addAddendum(noteId, "In answer to the request for a correction received on "
                    + DAY.format(row.getReceivedOn()) + " from " + (partner == null ? "a partner" : partner.displayName())
                    + ": " + text);
        }
        store.decide(requestId, LocalDate.now(clock), currentUser.require().displayName(), decision.outcome(), text, noteId);
        audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, requestId.toString(), row.getCoupleId(),
                AuditOutcome.ALLOWED, "correction " + decision.outcome().label().toLowerCase(Locale.ROOT)
                + (noteId == null ? "" : " by an addendum to note " + noteId)));
        return store.ofCouple(row.getCoupleId()).stream().filter(r -> r.getId().equals(requestId)).findFirst()
                .map(r -> shown(r, couple)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayDecide(UUID coupleId) {
        return rule.onCareTeam(coupleId);
    }

    /**
     * Answers a request for erasure at once (ADR 0049): declined, with the reason in plain words, while
     * the law requires the clinic to keep the record; otherwise the couple goes on the disposal list, where
     * an administrator approves it, and the request stays open until then.
     */
    private void answerErasure(UUID requestId, UUID coupleId, LocalDate askedOn) {
        java.util.Optional<String> kept = disposals.whyKept(coupleId);
        if (kept.isPresent()) {
            store.decide(requestId, LocalDate.now(clock), currentUser.require().displayName(),
                    CorrectionDecision.Outcome.DECLINED, kept.get() + " " + ERASURE_REFUSED, null);
            audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, requestId.toString(), coupleId, AuditOutcome.DENIED,
                    "erasure declined: the record is within its retention period"));
        } else {
            disposals.listForErasure(coupleId, askedOn);
        }
    }

    /** What a declined erasure adds to the reason, in plain words for the partner. */
    static final String ERASURE_REFUSED = "Health and financial records must by law be kept for this time, so the clinic"
            + " cannot erase them now; they will be disposed of when it ends. The partner may still ask for a copy or a"
            + " correction, and may stop messages at any time.";

    /** A signed note of the couple that the asking partner may read: a joint session's or their own. */
    private static boolean amendable(SessionNote note, RecordRequestRecord request) {
        return note.coupleId().equals(request.getCoupleId()) && note.status().signed()
                && (note.joint() || request.getPartnerId().equals(note.partnerId()));
    }

    static RecordRequest shown(RecordRequestRecord row, Couple couple) {
        Partner partner = partnerOf(couple, row.getPartnerId());
        return new RecordRequest(row.getId(), row.getCoupleId(), couple.displayName(), row.getPartnerId(),
                partner == null ? "" : partner.displayName(), RecordRequestKind.valueOf(row.getKind()), row.getReceivedOn(),
                row.getDetails(), row.getRecordedBy(), row.getRecordedAt().toInstant(), row.getFulfilledOn(),
                row.getFulfilledBy(), row.getDecision() == null ? null : CorrectionDecision.Outcome.valueOf(row.getDecision()),
                row.getDecisionReason(), row.getAmendedNoteId());
    }

    static @Nullable Partner partnerOf(Couple couple, UUID personId) {
        return couple.partnerA().personId().equals(personId) ? couple.partnerA()
                : couple.partnerB().personId().equals(personId) ? couple.partnerB() : null;
    }
}
