package org.imagoclinic.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagoclinic.reporting.SmallCounts;
import org.jspecify.annotations.Nullable;

/**
 * The counts of one report by name, which of them are suppressed for a reader without a clinical role,
 * and the sums among them (ADR 0044). A count from 1 to 4 is suppressed; then, as long as some sum has
 * exactly one suppressed member (which the others would give back), one more member is suppressed: a
 * part that is 0 if there is one (still truthfully "fewer than 5"), otherwise the total, otherwise the
 * smallest part.
 */
final class SmallCountCells {

    private final Map<String, Integer> exact = new LinkedHashMap<>();
    private final Set<String> suppressed = new HashSet<>();
    private final List<Sum> sums = new ArrayList<>();
    private boolean settled;

    private record Sum(String total, List<String> parts) {
        List<String> members() {
            List<String> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }
    }

    /** Adds a count under a name unique in the report. */
    SmallCountCells count(String name, int value) {
        exact.put(name, value);
        if (SmallCounts.small(value)) {
            suppressed.add(name);
        }
        settled = false;
        return this;
    }

    /** Declares that the total is the sum of the parts (all added as counts). */
    SmallCountCells sum(String total, List<String> parts) {
        sums.add(new Sum(total, List.copyOf(parts)));
        settled = false;
        return this;
    }

    /** The count as it is, before suppression. */
    int exact(String name) {
        return exact.get(name);
    }

    /** The count as the reader may see it: null when suppressed. */
    @Nullable Integer shown(String name) {
        settle();
        Integer value = exact.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No count called " + name);
        }
        return suppressed.contains(name) ? null : value;
    }

    /** A figure computed from these counts: null when any of them is suppressed. */
    @Nullable Double derived(@Nullable Double value, String... from) {
        for (String name : from) {
            if (shown(name) == null) {
                return null;
            }
        }
        return value;
    }

    private void settle() {
        boolean changed = !settled;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                List<String> hidden = sum.members().stream().filter(suppressed::contains).toList();
                if (hidden.size() == 1) {
                    suppressed.add(complement(sum));
                    changed = true;
                }
            }
        }
        settled = true;
    }

    private String complement(Sum sum) {
        List<String> open = sum.parts().stream().filter(part -> !suppressed.contains(part)).toList();
        return open.stream().filter(part -> exact.get(part) == 0).findFirst()
                .orElseGet(() -> !suppressed.contains(sum.total()) ? sum.total()
                        : open.stream().min(Comparator.comparing(exact::get)).orElseThrow());
    }
}
