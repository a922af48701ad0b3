package org.imagoclinic.reporting;

import java.util.Map;

/**
 * One colour per meaning in every outcomes chart and export: greens for improvement, grey for no
 * reliable change, and red only for deterioration, whether of a partner or of a couple with a
 * deteriorated partner. Keyed by the class's name ({@link ClassCount#outcomeClass()}).
 */
public final class ClassColours {

    private static final String DEEP_GREEN = "#2e7d32";
    private static final String LIGHT_GREEN = "#81c784";
    private static final String GREY = "#bdbdbd";
    private static final String RED = "#d32f2f";

    private static final Map<String, String> BY_CLASS = Map.of("RECOVERED", DEEP_GREEN, "IMPROVED", LIGHT_GREEN,
            "NO_RELIABLE_CHANGE", GREY, "DETERIORATED", RED, "BOTH_IMPROVED", DEEP_GREEN, "ONE_IMPROVED", LIGHT_GREEN,
            "AT_LEAST_ONE_DETERIORATED", RED);

    private ClassColours() {
    }

    /** The class's colour as #rrggbb; grey for a class this list does not know. */
    public static String of(String outcomeClass) {
        return BY_CLASS.getOrDefault(outcomeClass, GREY);
    }

    /** Whether the class means deterioration (drawn red). */
    public static boolean deterioration(String outcomeClass) {
        return RED.equals(BY_CLASS.get(outcomeClass));
    }
}
