package org.imagoclinic.assessments;

import java.util.UUID;

/**
 * The assessments module's part of a copy of a record handed to a partner (or to the couple), for
 * the records module alone (ADR 0040): that module decides who may release a record and audits the
 * release, so these reads neither check the care team nor audit on their own; an architecture test
 * keeps every other caller out.
 *
 * <p>A record belongs to a partner's copy when it is joint (no partner) or that partner's own; the
 * other partner's individual records (their Imago profile, wound explorations, requests, traits,
 * caring behaviours, exits), their individual-session notes and their measures are never in it,
 * whatever the confidentiality policy. Only signed notes are released, with their addenda, and
 * never a process note.
 */
public interface AssessmentRecordRelease {

    /** The joint records and notes, and this partner's own records, notes and measures. */
    ReleasedAssessments ofPartner(UUID coupleId, UUID partnerId);

    /** The joint records and notes only. */
    ReleasedAssessments joint(UUID coupleId);
}
