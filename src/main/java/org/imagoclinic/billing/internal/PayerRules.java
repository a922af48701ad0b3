package org.imagoclinic.billing.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.EmailAddresses;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What makes a payer choice valid, and how an invoice names its payer. */
final class PayerRules {

    private PayerRules() {
    }

    /** The choice cleaned of what its kind does not use. */
    static Payer checked(Payer payer, Couple couple) {
        if (payer.kind() == null) {
            throw new InvalidInputException("kind", "Choose who pays: one partner, both, or a third party.");
        }
        return switch (payer.kind()) {
            case PARTNER -> Payer.partners(couple.id(), payer.kind(), partnerOf(couple, payer.personId()).personId(), null);
            case SPLIT -> Payer.partners(couple.id(), payer.kind(), partnerOf(couple, payer.personId()).personId(),
                    Amounts.percent("sharePercent", payer.sharePercent(), true));
            case THIRD_PARTY -> thirdParty(payer, couple);
        };
    }

    private static Payer thirdParty(Payer payer, Couple couple) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (payer.thirdPartyName() == null || payer.thirdPartyName().isBlank()) {
            problems.put("thirdPartyName", "Enter whom the invoices go to.");
        }
        InputLimits.checkText(problems, "thirdPartyName", stripped(payer.thirdPartyName()), InputLimits.NAME);
        InputLimits.checkText(problems, "thirdPartyAddress", stripped(payer.thirdPartyAddress()), InputLimits.LINE);
        EmailAddresses.problem(payer.thirdPartyEmail()).ifPresent(problem -> problems.put("thirdPartyEmail", problem));
        InputLimits.refuseAny(problems);
        return new Payer(couple.id(), payer.kind(), null, null, stripped(payer.thirdPartyName()),
                stripped(payer.thirdPartyAddress()), stripped(payer.thirdPartyEmail()));
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Partner partnerOf(Couple couple, @Nullable UUID personId) {
        if (couple.partnerA().personId().equals(personId)) {
            return couple.partnerA();
        }
        if (couple.partnerB().personId().equals(personId)) {
            return couple.partnerB();
        }
        throw new InvalidInputException("personId", "Choose one of the couple's two partners.");
    }

    /** Whom an invoice is addressed to, e.g. "Alex Smith (60 %) and Sam Jones (40 %)". */
    static String addressee(Payer payer, Couple couple) {
        return switch (payer.kind()) {
            case PARTNER -> partnerOf(couple, payer.personId()).displayName();
            case SPLIT -> {
                Partner first = partnerOf(couple, payer.personId());
                Partner other = first == couple.partnerA() ? couple.partnerB() : couple.partnerA();
                BigDecimal share = payer.sharePercent() == null ? BigDecimal.valueOf(50) : payer.sharePercent();
                yield first.displayName() + " (" + share.stripTrailingZeros().toPlainString() + " %) and "
                        + other.displayName() + " (" + BigDecimal.valueOf(100).subtract(share).stripTrailingZeros()
                        .toPlainString() + " %)";
            }
            case THIRD_PARTY -> thirdPartyAddressee(payer);
        };
    }

    /** A third party as an invoice addresses it: its name and, when known, its postal address. */
    static String thirdPartyAddressee(Payer payer) {
        return payer.thirdPartyName() + (payer.thirdPartyAddress() == null ? "" : ", " + payer.thirdPartyAddress());
    }

    /**
     * Whom one paying partner's copy is addressed to, naming no one else, e.g. "Alex Smith (60 % share)":
     * a mail to one partner never names the other.
     */
    static String addresseeAlone(Payer payer, UUID partnerId, String displayName) {
        if (payer.kind() != PayerKind.SPLIT) {
            return displayName;
        }
        BigDecimal share = payer.sharePercent() == null ? BigDecimal.valueOf(50) : payer.sharePercent();
        BigDecimal own = partnerId.equals(payer.personId()) ? share : BigDecimal.valueOf(100).subtract(share);
        return displayName + " (" + own.stripTrailingZeros().toPlainString() + " % share)";
    }

    static String describe(Payer payer) {
        return switch (payer.kind()) {
            case PARTNER -> "one partner pays";
            case SPLIT -> "both partners pay, split " + payer.sharePercent().stripTrailingZeros().toPlainString() + " %";
            case THIRD_PARTY -> "a third party pays" + (payer.thirdPartyEmail() == null ? "" : ", by email");
        };
    }
}
