package org.imagoclinic.clients.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.Partner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners' contacts for background messages; see {@link MessageContacts}. */
@Service
class MessageContactsService implements MessageContacts {

    private final CoupleRepository couples;

    MessageContactsService(CoupleRepository couples) {
        this.couples = couples;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CoupleContacts> contactsOf(UUID coupleId) {
        return couples.find(coupleId).map(couple -> new CoupleContacts(coupleId,
                couple.relationship().confidentialityPolicy(),
                List.of(contact(couple.partnerA()), contact(couple.partnerB()))));
    }

    private static PartnerContact contact(Partner partner) {
        return new PartnerContact(partner.personId(), partner.details().calledName(), partner.details().email(),
                partner.details().phone(), partner.displayName());
    }
}
