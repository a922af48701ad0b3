package org.imagoclinic.billing;

/** Who pays a couple's invoices. */
public enum PayerKind {
    /** One of the partners pays everything. */
    PARTNER,
    /** Both partners, each a share. */
    SPLIT,
    /** Someone else, e.g. an employer's assistance programme or a relative. */
    THIRD_PARTY
}
