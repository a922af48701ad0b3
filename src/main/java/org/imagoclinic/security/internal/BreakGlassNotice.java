package org.imagoclinic.security.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.security.BreakGlassReview;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.imagoclinic.shared.ShellNotice;
import org.springframework.stereotype.Component;

/** Reminds a clinician on every page, while a break-glass grant of theirs is open, that they are outside their care team. */
@Component
class BreakGlassNotice implements ShellNotice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BreakGlassReview review;
    private final Clock clock;

    BreakGlassNotice(BreakGlassReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Override
    public Optional<String> forSignedInUser() {
        List<BreakGlassGrant> open = review.openGrantsOfSignedInPerson();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String couples = open.size() == 1 ? "one couple's records" : open.size() + " couples' records";
        String until = TIME.format(open.getLast().expiresAt().atZone(clock.getZone()));
        return Optional.of("Break-glass access open: you can read " + couples + " outside your care team until "
                + until + ". Everything you open is audited and reviewed by a supervisor or an administrator.");
    }
}
