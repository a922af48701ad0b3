package org.imagoclinic.clients.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking answers for the scheduling module. No role check and no audit: the answers carry no
 * clinical content, and scheduling's own services check who books (ADR 0012). The rules themselves
 * are {@link CoupleAtAGlance}'s, so that a caller that already holds the couple asks it directly.
 */
@Service
class BookingEligibilityService implements BookingEligibility {

    private final CoupleRepository couples;

    BookingEligibilityService(CoupleRepository couples) {
        this.couples = couples;
    }

    @Override
    @Transactional(readOnly = true)
    public Answer jointSession(UUID coupleId, JointSessionPurpose purpose) {
        return atAGlance(coupleId).jointSession(purpose);
    }

    @Override
    @Transactional(readOnly = true)
    public Answer individualSession(UUID coupleId, UUID personId) {
        return atAGlance(coupleId).individualSession(personId);
    }

    /** One statement: the couple, both partners and the open episode. */
    @Override
    @Transactional(readOnly = true)
    public CoupleAtAGlance atAGlance(UUID coupleId) {
        return couples.atAGlance(coupleId)
                .orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
    }

    @Override
    @Transactional(readOnly = true)
    public String displayName(UUID coupleId) {
        return couples.find(coupleId).map(StoredCouple::displayName)
                .orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> coupleIds) {
        return couples.findAll(coupleIds).stream().collect(Collectors.toMap(StoredCouple::id, StoredCouple::displayName));
    }
}
