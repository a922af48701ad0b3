package org.imagoclinic.assessments;

import java.util.List;

/**
 * The assessments module's part of a released record ({@link AssessmentRecordRelease}); each list
 * oldest first. In the couple's joint copy the partner's lists are empty.
 *
 * @param jointRecords the couple's joint Imago records, revisions included
 * @param ownRecords the partner's own Imago records (their profile among them), revisions included
 * @param jointNotes signed notes of joint sessions, without process notes
 * @param ownNotes signed notes of the partner's own individual sessions, without process notes
 * @param ownMeasures the partner's own answers and scores
 */
public record ReleasedAssessments(List<ImagoRecord> jointRecords, List<ImagoRecord> ownRecords,
                                  List<SessionNote> jointNotes, List<SessionNote> ownNotes,
                                  List<Administration> ownMeasures) {
}
