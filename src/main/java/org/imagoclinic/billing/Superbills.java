package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Superbills: the statement a partner gives an insurer to claim out of network (ADR 0047). One partner
 * is the identified patient; the superbill shows the clinic (name, address, tax id, NPI, place of
 * service), each rendering therapist (credentials, licence, NPI), that partner's diagnoses only, and
 * per invoiced (or prepaid) session its date, CPT code, fee and what was paid. The couple's sessions
 * and that partner's own individual sessions are on it; the other partner's individual sessions
 * never are. Issued by the front desk and administrators as a PDF, which is the only place they see
 * a diagnosis; every issue is audited.
 */
public interface Superbills {

    /**
     * @throws org.imagoclinic.shared.InvalidInputException for a person not of this couple, a missing or reversed period
     * @throws org.imagoclinic.shared.BusinessRuleException when the partner has no billed session in the period,
     *         or no diagnosis applied in it (an insurer refuses a claim without one)
     */
    byte[] pdf(UUID coupleId, @Nullable UUID personId, @Nullable LocalDate from, @Nullable LocalDate to);
}
