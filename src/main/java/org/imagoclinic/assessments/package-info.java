/**
 * The clinical record of Imago work: Imago profiles, exercise records (dialogues, behaviour change
 * requests, caring behaviours, vision, exits, appreciations, temperature readings), the outcome
 * measure catalogue with its administrations and scores, and session notes with signing. Owns
 * schema {@code assessments}. Publishes {@code MeasureCompleted}, {@code ExerciseRecorded},
 * {@code RequestFollowedUp} and {@code NoteSigned}.
 *
 * <p>The outcome-measure catalogue is data, not code per instrument: each instrument's items, printed
 * options, scoring key, range, direction, cut-off, norms and licence live in tables, seeded with
 * the CSI-16 and CSI-4 by migration. Scoring and reliable change are computed by the server.
 *
 * <p>Depends on shared (input errors), security (the care-team rule and roles: every clinical read
 * and write is checked and audited) and audit (writes such as a change of norms are recorded).
 */
@ApplicationModule(displayName = "Assessments", allowedDependencies = {"shared", "security", "audit"})
@NullMarked
package org.imagoclinic.assessments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
