package org.imagoclinic.portal;

import java.util.List;
import org.imagoclinic.clients.ConsentKind;

/**
 * The consent texts partners sign in the portal: versioned documents the clinic edits. Publishing a new
 * version leaves the old ones as they were (signatures point at them) and asks every partner to sign again.
 */
public interface ConsentTexts {

    /** The current version of each kind, in the order of {@link ConsentKind}. */
    List<ConsentText> current();

    /**
     * Publishes a new version of a kind's text; administrators only (audited).
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a missing title or body, or a body the same as the current one
     */
    ConsentText publish(ConsentKind kind, String title, String body);
}
