package org.imagoclinic.assessments.internal.release;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.AssessmentRecordRelease;
import org.imagoclinic.assessments.ReleasedAssessments;
import org.imagoclinic.assessments.internal.imago.ImagoRecordsForRelease;
import org.imagoclinic.assessments.internal.measures.MeasuresForRelease;
import org.imagoclinic.assessments.internal.notes.NotesForRelease;
import org.imagoclinic.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers this module's part of a released record; who may release it is the records module's rule (ADR 0040). */
@Service
class AssessmentRecordReleaseService implements AssessmentRecordRelease {

    private final ImagoRecordsForRelease records;
    private final NotesForRelease notes;
    private final MeasuresForRelease measures;

    AssessmentRecordReleaseService(ImagoRecordsForRelease records, NotesForRelease notes, MeasuresForRelease measures) {
        this.records = records;
        this.notes = notes;
        this.measures = measures;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')")
    public ReleasedAssessments ofPartner(UUID coupleId, UUID partnerId) {
        return new ReleasedAssessments(records.of(coupleId, null), records.of(coupleId, partnerId),
                notes.of(coupleId, null), notes.of(coupleId, partnerId), measures.of(coupleId, partnerId));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')")
    public ReleasedAssessments joint(UUID coupleId) {
        return new ReleasedAssessments(records.of(coupleId, null), List.of(), notes.of(coupleId, null), List.of(),
                List.of());
    }
}
