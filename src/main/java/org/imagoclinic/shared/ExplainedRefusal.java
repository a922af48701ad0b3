package org.imagoclinic.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal whose message may be shown to the person refused, e.g. "Only the couple's care team
 * sees session notes". The REST API answers 403 with it; other refusals say only that the role
 * does not allow it.
 */
public class ExplainedRefusal extends AccessDeniedException {

    public ExplainedRefusal(String message) {
        super(message);
    }
}
