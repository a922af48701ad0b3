package org.imagoclinic.clients;

/** Which of the couple's two partners: the order in which they were registered, nothing more. */
public enum PartnerSlot {
    A, B;

    /** The field name used in validation messages: {@code partnerA} or {@code partnerB}. */
    public String field() {
        return "partner" + name();
    }
}
