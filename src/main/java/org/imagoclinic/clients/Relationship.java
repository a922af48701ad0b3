package org.imagoclinic.clients;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The couple's relationship as registered: not clinical content, the front desk records and sees it.
 *
 * @param togetherSince year and month the relationship began, if they say
 * @param childrenCount how many children, if they say
 * @param childrenAges the children's ages in years, at most {@code childrenCount} of them; may be empty
 * @param referralSource how they found the clinic, e.g. "GP", "a friend", "website"
 * @param confidentialityPolicy what happens to what one partner says in an individual session
 */
public record Relationship(RelationshipStatus status, @Nullable YearMonth togetherSince, @Nullable Integer childrenCount,
                           List<Integer> childrenAges, @Nullable String referralSource,
                           ConfidentialityPolicy confidentialityPolicy) {

    public Relationship {
        // input from JSON may leave the list out, or hold a gap that validation names
        childrenAges = childrenAges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(childrenAges));
    }
}
