package org.imagoclinic.clients;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The couple's relationship as registered: not clinical content, the front desk records and sees it.
 *
 * @param togetherSince year and month the relationship began, if they say (January when only the year is known)
 * @param childrenCount how many children, if they say
 * @param childrenAges the children's ages in years, at most {@code childrenCount} of them; may be empty
 * @param referralSource how they found the clinic, e.g. "GP", "a friend", "website"
 * @param confidentialityPolicy what happens to what one partner says in an individual session
 * @param togetherSinceMonthKnown false when they know only the year the relationship began; left out, the
 *                                month of {@code togetherSince} counts as known
 */
public record Relationship(RelationshipStatus status, @Nullable YearMonth togetherSince, @Nullable Integer childrenCount,
                           List<Integer> childrenAges, @Nullable String referralSource,
                           ConfidentialityPolicy confidentialityPolicy, Boolean togetherSinceMonthKnown) {

    public Relationship {
        // input from JSON may leave the list out, or hold a gap that validation names
        childrenAges = childrenAges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(childrenAges));
        togetherSinceMonthKnown = togetherSince != null && !Boolean.FALSE.equals(togetherSinceMonthKnown);
        if (togetherSince != null && !togetherSinceMonthKnown) {
            togetherSince = togetherSince.withMonth(1);
        }
    }

    /** With the month of {@code togetherSince} known (or no start given). */
    public Relationship(RelationshipStatus status, @Nullable YearMonth togetherSince, @Nullable Integer childrenCount,
                        List<Integer> childrenAges, @Nullable String referralSource,
                        ConfidentialityPolicy confidentialityPolicy) {
        this(status, togetherSince, childrenCount, childrenAges, referralSource, confidentialityPolicy, true);
    }

    /** "March 2012", or "2012" when the month is not known; empty when they did not say. */
    public String togetherSinceText() {
        if (togetherSince == null) {
            return "";
        }
        return togetherSinceMonthKnown ? togetherSince.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + togetherSince.getYear() : String.valueOf(togetherSince.getYear());
    }
}
