package org.imagoclinic.assessments.internal.measures;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.springframework.stereotype.Component;

/** One partner's own measures for a released copy (ADR 0040), oldest first. */
@Component
public class MeasuresForRelease {

    private final AdministrationStore store;

    MeasuresForRelease(AdministrationStore store) {
        this.store = store;
    }

    public List<Administration> of(UUID coupleId, UUID partnerId) {
        return store.ofCouple(coupleId).stream().filter(answers -> answers.partnerId().equals(partnerId)).toList();
    }
}
