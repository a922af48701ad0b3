/**
 * A partner's rights to their record (ADR 0040). Owns schema {@code records}: the requests partners
 * make about their record (a copy for one partner, a joint copy for the couple once both have asked, a
 * correction), when each was received and when the clinic fulfilled it, so that an administrator
 * sees the 30-day clock of every open request on their home page.
 *
 * <p>Its API: {@link org.imagoclinic.records.RecordRequests} (record and list requests) and
 * {@link org.imagoclinic.records.RecordCopies} (a partner's copy, or the couple's joint copy, as one
 * archive holding a PDF to read and JSON to process). It decides who may release a record and audits
 * every release; the parts come from each owning module's release API, never from their tables.
 *
 * <p>It also keeps the disposal list (ADR 0049, {@link org.imagoclinic.records.RecordDisposals}): couples whose
 * retention has ended, or whose erasure a partner asked for where the law allows it, disposed of in every
 * module once an administrator approves ({@link org.imagoclinic.shared.CoupleDisposalApproved}).
 *
 * <p>It depends on the shared kernel (exceptions, the home page and the couple page's components); on
 * clients, for the couple, its partners and the clients module's part of a copy, and whose couple page
 * it adds a "Record requests" tab to; on assessments and scheduling for their parts (Imago records,
 * notes, measures; the sessions attended); on billing and notifications for the invoices, payments and
 * messages in a copy and the financial records' retention; on security, for who is signed in and the care team; and on
 * audit, where every request and every release is written.
 */
@ApplicationModule(displayName = "Records", allowedDependencies = {"shared", "shared :: components", "shared :: home",
        "clients", "clients :: couple-tabs", "assessments", "scheduling", "billing", "notifications", "security", "audit"})
@NullMarked
package org.imagoclinic.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
