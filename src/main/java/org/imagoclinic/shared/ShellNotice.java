package org.imagoclinic.shared;

import java.util.Optional;

/**
 * A warning the shell shows above every page, in the main layout, while something about the
 * signed-in person is in force, e.g. open break-glass access. The module that knows it contributes
 * a bean; the shell asks each of them on every navigation, so the warning goes when the thing ends.
 */
public interface ShellNotice {

    /** The warning for the person signed in now, in plain words; empty when there is nothing to warn about. */
    Optional<String> forSignedInUser();
}
