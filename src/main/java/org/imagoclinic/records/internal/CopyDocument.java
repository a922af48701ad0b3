package org.imagoclinic.records.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.billing.BillingRecordRelease.ReleasedPayment;
import org.imagoclinic.clients.Consent;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.notifications.MessageRecordRelease.ReleasedMessage;
import org.jspecify.annotations.Nullable;

/**
 * What a copy holds, written as {@code record.json} and read into {@code record.pdf}. Its fields are
 * the JSON schema documented in docs/record-copy.md: change both together, and raise
 * {@link #SCHEMA_VERSION} when a field changes meaning or goes away.
 *
 * @param copyFor {@code PARTNER} or {@code COUPLE}
 * @param partner the partner whose copy it is, with their contacts; null in the couple's copy
 * @param leftOut what the copy leaves out by rule, in words, so a reader knows it is not missing by mistake
 */
record CopyDocument(String schema, int schemaVersion, String copyFor, Instant producedAt, String producedBy,
                    UUID coupleId, String coupleName, List<String> partnerNames, @Nullable Partner partner,
                    List<Consent> consents, Relationship relationship, List<Episode> episodes,
                    @Nullable IntakeDetails intake, List<SessionAttended> sessionsAttended, List<Administration> measures,
                    List<ImagoRecord> ownRecords, List<ImagoRecord> jointRecords, List<SessionNote> ownSessionNotes,
                    List<SessionNote> jointSessionNotes, List<Screen> screens, List<InvoiceCopy> invoices,
                    List<ReleasedPayment> payments, List<ReleasedMessage> messages, List<String> leftOut) {

    static final String SCHEMA = "imago-clinic/record-copy";
    static final int SCHEMA_VERSION = 2;

    /** An invoice to the couple; a line for a session the copy does not show is "Another charge on the couple's account". */
    record InvoiceCopy(String number, LocalDate issuedOn, LocalDate dueOn, String currency, BigDecimal total,
                       BigDecimal credited, List<LineCopy> lines) {
    }

    /** One line of an invoice; {@code serviceDate} null for another charge on the couple's account. */
    record LineCopy(@Nullable LocalDate serviceDate, String description, BigDecimal amount) {
    }

    /**
     * A session the partner (or the couple) attended: completed, on the clinic's wall clock.
     *
     * @param kind e.g. "Couple session", "Individual session"
     */
    record SessionAttended(LocalDate day, LocalTime start, LocalTime end, String kind, boolean telehealth) {
    }
}
