package org.imagoclinic.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a couple's partners, for the notifications module, which sends the clinic's messages
 * in the background with nobody signed in. Contacts are what the front desk sees anyway (no clinical
 * content); the notifications module decides who may be written to and on which channel.
 */
public interface MessageContacts {

    /** The couple's partners with their contacts and the couple's confidentiality policy; empty for an unknown couple. */
    Optional<CoupleContacts> contactsOf(UUID coupleId);

    /** A couple's partners as the messages need them. */
    record CoupleContacts(UUID coupleId, ConfidentialityPolicy policy, List<PartnerContact> partners) {

        /** The partner with this person id, if they are one of the couple's. */
        public Optional<PartnerContact> partner(UUID personId) {
            return partners.stream().filter(p -> p.personId().equals(personId)).findFirst();
        }
    }

    /**
     * One partner's contacts.
     *
     * @param calledName the preferred (or first) name, as a message greets them
     * @param displayName the full name, as a letter or statement is addressed to them
     */
    record PartnerContact(UUID personId, String calledName, @Nullable String email, @Nullable String phone,
                          String displayName) {
    }
}
