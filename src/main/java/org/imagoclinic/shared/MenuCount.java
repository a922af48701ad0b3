package org.imagoclinic.shared;

import java.util.Optional;

/**
 * A count the side navigation shows beside one menu entry, e.g. the notes waiting in a supervisor's
 * co-sign queue. The module that owns the view contributes a bean; the shell asks it when it builds the
 * menu for the signed-in person.
 */
public interface MenuCount {

    /** The menu entry's route, as in its view's {@code @Route}, e.g. "co-sign". */
    String route();

    /** The count for the person signed in now; empty when the entry is not theirs or nothing is counted. */
    Optional<Integer> forSignedInUser();

    /** What the count means, read out by screen readers, e.g. "3 notes waiting". */
    String describe(int count);
}
