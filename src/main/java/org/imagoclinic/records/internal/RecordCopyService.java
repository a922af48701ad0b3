package org.imagoclinic.records.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.imagoclinic.assessments.AssessmentRecordRelease;
import org.imagoclinic.assessments.ReleasedAssessments;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.billing.BillingRecordRelease;
import org.imagoclinic.billing.BillingRecordRelease.ReleasedPayment;
import org.imagoclinic.clients.ClientRecordRelease;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ReleasedClientRecord;
import org.imagoclinic.notifications.MessageRecordRelease;
import org.imagoclinic.records.RecordCopies;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.records.internal.db.tables.records.RecordRequestRecord;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Service
class RecordCopyService implements RecordCopies {

    private static final String SUBJECT = "RecordCopy";
    private static final String STAFF = "hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')";

    private final ReleaseRule rule;
    private final RequestStore requests;
    private final Couples couples;
    private final ClientRecordRelease clients;
    private final AssessmentRecordRelease assessments;
    private final SessionsAttended sessions;
    private final BillingRecordRelease billing;
    private final MessageRecordRelease messages;
    private final RecordPdf pdf;
    private final JsonMapper json;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RecordCopyService(ReleaseRule rule, RequestStore requests, Couples couples, ClientRecordRelease clients,
                      AssessmentRecordRelease assessments, SessionsAttended sessions, BillingRecordRelease billing,
                      MessageRecordRelease messages, RecordPdf pdf, JsonMapper json, CurrentUser currentUser,
                      AuditTrail audit, Clock clock) {
        this.rule = rule;
        this.requests = requests;
        this.couples = couples;
        this.clients = clients;
        this.assessments = assessments;
        this.sessions = sessions;
        this.billing = billing;
        this.messages = messages;
        this.pdf = pdf;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(STAFF)
    public RecordCopy partnerCopy(UUID coupleId, UUID partnerId) {
        String subject = "copy for partner " + partnerId;
        List<RecordRequestRecord> open = requests.openForUpdate(coupleId, partnerId, RecordRequestKind.PARTNER_COPY);
        ReleaseRule.Basis basis = rule.require(coupleId, subject, !open.isEmpty());
        Partner partner = partnerOf(couples.get(coupleId), partnerId);
        ReleasedClientRecord client = clients.ofPartner(coupleId, partnerId);
        ReleasedAssessments clinical = assessments.ofPartner(coupleId, partnerId);
        CopyDocument copy = new CopyDocument(CopyDocument.SCHEMA, CopyDocument.SCHEMA_VERSION, "PARTNER", clock.instant(),
                producer(), coupleId, client.coupleDisplayName(), client.partnerNames(), client.partner(), client.consents(),
                client.relationship(), client.episodes(), client.intake(), sessions.of(coupleId, partnerId),
                clinical.ownMeasures(), clinical.ownRecords(), clinical.jointRecords(), clinical.ownNotes(),
                clinical.jointNotes(), client.ownScreens(), invoices(coupleId, partnerId),
                payments(coupleId, partnerId), messages.toPartner(coupleId, partnerId),
                partnerLeftOut(client.screensForTheCoupleLeftOut()));
        fulfil(open, coupleId, subject, basis);
        return new RecordCopy("record-" + fileName(partner.displayName()) + "-" + LocalDate.now(clock) + ".zip", archive(copy));
    }

    @Override
    @Transactional
    @PreAuthorize(STAFF)
    public RecordCopy coupleCopy(UUID coupleId) {
        String subject = "joint copy for the couple";
        Couple couple = couples.get(coupleId);
        List<RecordRequestRecord> open = new java.util.ArrayList<>();
        open.addAll(requests.openForUpdate(coupleId, couple.partnerA().personId(), RecordRequestKind.COUPLE_COPY));
        open.addAll(requests.openForUpdate(coupleId, couple.partnerB().personId(), RecordRequestKind.COUPLE_COPY));
        boolean bothAsked = bothAsked(couple);
        ReleaseRule.Basis basis = rule.require(coupleId, subject, bothAsked);
        if (!bothAsked) {
            throw new ConflictException("A joint copy is made only when both partners have asked for it: record each "
                    + "partner's request first.");
        }
        ReleasedClientRecord client = clients.joint(coupleId);
        ReleasedAssessments clinical = assessments.joint(coupleId);
        CopyDocument copy = new CopyDocument(CopyDocument.SCHEMA, CopyDocument.SCHEMA_VERSION, "COUPLE", clock.instant(),
                producer(), coupleId, client.coupleDisplayName(), client.partnerNames(), null, List.of(),
                client.relationship(), client.episodes(), client.intake(), sessions.of(coupleId, null), List.of(), List.of(),
                clinical.jointRecords(), List.of(), clinical.jointNotes(), List.of(), invoices(coupleId, null),
                payments(coupleId, null), List.of(), COUPLE_LEFT_OUT);
        fulfil(open, coupleId, subject, basis);
        return new RecordCopy("joint-record-" + fileName(couple.displayName()) + "-" + LocalDate.now(clock) + ".zip",
                archive(copy));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayCopy(UUID coupleId, UUID partnerId) {
        return rule.onCareTeam(coupleId)
                || rule.isAdministrator() && requests.hasOpen(coupleId, partnerId, RecordRequestKind.PARTNER_COPY);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayCopyForCouple(UUID coupleId) {
        return (rule.onCareTeam(coupleId) || rule.isAdministrator()) && bothAsked(couples.get(coupleId));
    }

    private boolean bothAsked(Couple couple) {
        return requests.hasOpen(couple.id(), couple.partnerA().personId(), RecordRequestKind.COUPLE_COPY)
                && requests.hasOpen(couple.id(), couple.partnerB().personId(), RecordRequestKind.COUPLE_COPY);
    }

    private void fulfil(List<RecordRequestRecord> open, UUID coupleId, String subject, ReleaseRule.Basis basis) {
        String received = open.stream().map(row -> row.getReceivedOn().toString()).distinct().toList().toString();
        if (!open.isEmpty()) {
            requests.fulfil(open.stream().map(RecordRequestRecord::getId).toList(), LocalDate.now(clock), producer());
        }
        audit.record(new AuditRecord(AuditAction.EXPORT, SUBJECT, subject, coupleId, AuditOutcome.ALLOWED,
                basis.reason() + (open.isEmpty() ? "; no request on record" : "; fulfils the request received " + received)));
    }

    /**
     * The couple's joint invoices and, in a partner's copy, that partner's own; never the other partner's
     * own invoice (of their individual sessions). A line for a session the copy does not show (on a joint
     * invoice issued before own invoices were separate, or a session not attended) keeps its amount but not
     * its day or words.
     */
    private List<CopyDocument.InvoiceCopy> invoices(UUID coupleId, @Nullable UUID partnerId) {
        java.util.Set<UUID> shown = sessions.idsOf(coupleId, partnerId);
        return billing.invoicesOf(coupleId).stream()
                .filter(invoice -> invoice.ownOf() == null || invoice.ownOf().equals(partnerId)).map(invoice -> new CopyDocument.InvoiceCopy(invoice.number(),
                invoice.issuedOn(), invoice.dueOn(), invoice.currency(), invoice.total(), invoice.credited(),
                invoice.lines().stream().map(line -> shown.contains(line.sessionId())
                        ? new CopyDocument.LineCopy(line.serviceDate(), line.description(), line.amount())
                        : new CopyDocument.LineCopy(null, ANOTHER_CHARGE, line.amount())).toList())).toList();
    }

    /** Payments the partner made or that were made for the couple as a whole; never the other partner's. */
    private List<ReleasedPayment> payments(UUID coupleId, @Nullable UUID partnerId) {
        return billing.paymentsOf(coupleId).stream()
                .filter(payment -> payment.paidBy() == null || payment.paidBy().equals(partnerId)).toList();
    }

    static final String ANOTHER_CHARGE = "Another charge on the couple's account";

    private byte[] archive(CopyDocument copy) {
        return CopyArchive.of(pdf.write(copy, clock.getZone()), json.writeValueAsBytes(copy));
    }

    private String producer() {
        return currentUser.require().displayName();
    }

    private static Partner partnerOf(Couple couple, UUID partnerId) {
        Partner partner = RecordRequestService.partnerOf(couple, partnerId);
        if (partner == null) {
            throw new NotFoundException("This person is not a partner of this couple.");
        }
        return partner;
    }

    private static String fileName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "partner" : slug;
    }

    private static List<String> partnerLeftOut(int screensForTheCouple) {
        List<String> leftOut = new java.util.ArrayList<>(List.of(
                "The other partner's individual-session notes, screens, Imago profile and other individual records, "
                        + "measures and contact details: they are theirs, whatever the couple's confidentiality policy.",
                "Process notes: a therapist's own working notes, kept apart from the record.",
                "Notes not yet signed: a note becomes part of the record when its author signs it.",
                "Decisions on the suitability screen: they weigh both partners' answers.",
                "Payments the other partner made, and messages sent to them.",
                "The other partner's own invoices, for their individual sessions.",
                "On an invoice issued before individual sessions were invoiced apart, the day and words of "
                        + "charges for sessions this copy does not list: they show as '" + ANOTHER_CHARGE + "'."));
        if (screensForTheCouple > 0) {
            leftOut.add(screensForTheCouple + (screensForTheCouple == 1 ? " screen" : " screens")
                    + " recorded for the couple as one form: such a form may hold the other partner's answers.");
        }
        return List.copyOf(leftOut);
    }

    private static final List<String> COUPLE_LEFT_OUT = List.of(
            "Each partner's own records: individual-session notes, screens, Imago profiles and other individual "
                    + "records, measures, consents and contact details. Each partner may ask for a copy of their own.",
            "Process notes: a therapist's own working notes, kept apart from the record.",
            "Notes not yet signed: a note becomes part of the record when its author signs it.",
            "Payments either partner made as a person, and the messages sent to each partner.",
            "Each partner's own invoices, for their individual sessions.",
            "On an invoice issued before individual sessions were invoiced apart, the day and words of charges "
                    + "for individual sessions: they show as '" + ANOTHER_CHARGE + "'.");
}
