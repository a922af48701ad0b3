package org.imagoclinic.clients.internal;

import org.jspecify.annotations.Nullable;

/**
 * The short name of a couple for lists and the calendar: "Smith &amp; Jones", or "Alex &amp; Sam
 * Smith" when they share a last name. Names only, nothing clinical.
 */
final class DisplayNames {

    private DisplayNames() {
    }

    /**
     * @param calledA partner A's preferred (or first) name
     * @param calledB partner B's preferred (or first) name
     */
    static String of(String calledA, String lastA, String calledB, String lastB) {
        if (lastA.equalsIgnoreCase(lastB)) {
            return calledA + " & " + calledB + " " + lastA;
        }
        return lastA + " & " + lastB;
    }

    static String called(String firstName, @Nullable String preferredName) {
        return preferredName == null || preferredName.isBlank() ? firstName : preferredName;
    }
}
