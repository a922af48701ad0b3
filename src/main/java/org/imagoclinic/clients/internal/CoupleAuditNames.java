package org.imagoclinic.clients.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditNames;
import org.imagoclinic.clients.CoupleQuery;
import org.springframework.stereotype.Component;

/**
 * Couples' names for the audit trail's readers (administrators and supervisors): by id for its entries and
 * by a part of the name for its couple filter. Names only, as the couples list shows every staff member.
 */
@Component
class CoupleAuditNames implements AuditNames {

    private final CoupleRepository couples;

    CoupleAuditNames(CoupleRepository couples) {
        this.couples = couples;
    }

    @Override
    public Optional<String> couple(UUID coupleId) {
        return couples.find(coupleId).map(StoredCouple::displayName);
    }

    @Override
    public List<NamedCouple> couplesNamed(String text, int limit) {
        return couples.find(new CoupleQuery(text.isBlank() ? null : text.strip(), null, null, null, null), null, 0, limit)
                .stream().map(couple -> new NamedCouple(couple.id(), couple.displayName())).toList();
    }
}
