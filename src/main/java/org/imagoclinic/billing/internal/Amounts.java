package org.imagoclinic.billing.internal;

import java.math.BigDecimal;
import org.imagoclinic.billing.Money;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The checks every amount typed in passes, for the API and the pages alike. */
final class Amounts {

    private static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

    private Amounts() {
    }

    /** An amount of money: present, in pennies at most, not absurdly large; positive when asked. */
    static Money checked(String field, @Nullable BigDecimal amount, boolean positive) {
        if (amount == null) {
            throw new InvalidInputException(field, "Enter an amount.");
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw new InvalidInputException(field, "Give the amount to the penny at most, e.g. 120.50.");
        }
        if (amount.abs().compareTo(LARGEST) > 0) {
            throw new InvalidInputException(field, "The amount is too large.");
        }
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            throw new InvalidInputException(field, positive ? "Enter an amount above zero." : "The amount can't be negative.");
        }
        return Money.of(amount);
    }

    /** A reason of a few words, stripped. */
    static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why.");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException("reason", "Keep the reason under 500 characters.");
        }
        return reason.strip();
    }

    /** A percentage from 0 to 100 with at most two decimals. */
    static BigDecimal percent(String field, @Nullable BigDecimal percent, boolean zeroAllowed) {
        if (percent == null || percent.stripTrailingZeros().scale() > 2 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || (zeroAllowed ? percent.signum() < 0 : percent.signum() <= 0)) {
            throw new InvalidInputException(field, "Give a percentage " + (zeroAllowed ? "from 0" : "above 0")
                    + " up to 100, e.g. 60 or 62.5.");
        }
        return percent;
    }
}
