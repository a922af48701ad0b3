package org.imagoclinic.records;

import java.util.List;
import java.util.UUID;

/**
 * Retention and disposal of couples' records (ADR 0049), for administrators only. Each day the clinic's
 * task lists the couples whose every retention period has ended (clinical record, financial record,
 * minors' records where the clinic keeps them longer, docs/operations.md); nothing goes until an
 * administrator approves. Approval, hold and disposal write the audit trail's tombstone: who, when and
 * which ids, never names.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.NotFoundException} for an unknown entry;
 * {@link org.imagoclinic.shared.ConflictException} for an entry already approved or disposed of, and for
 * one whose retention started again (it is withdrawn from the list);
 * {@link org.imagoclinic.shared.InvalidInputException} for a hold without a reason ({@code reason}).
 */
public interface RecordDisposals {

    /** The entries waiting for approval, held or being disposed of, oldest retention end first. */
    List<Disposal> list();

    /** Lists now whatever the daily task would list today; returns how many couples were added. */
    int listDue();

    /**
     * Approves the disposal: every module disposes of its part of the couple's record, and what the reports
     * count keeps only pseudonyms. Lifts a hold.
     */
    Disposal approve(UUID disposalId);

    /** Holds the entry with a reason (kept off disposal until approved later). */
    Disposal hold(UUID disposalId, DisposalHold hold);
}
