package org.imagoclinic.billing;

/** How a payment reached the clinic. */
public enum PaymentMethod {
    CASH("Cash"),
    CARD_TERMINAL("Card (terminal)"),
    BANK_TRANSFER("Bank transfer");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
