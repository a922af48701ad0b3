/**
 * The clinical record of Imago work: Imago profiles, exercise records (dialogues, behaviour change
 * requests, caring behaviours, vision, exits, appreciations, temperature readings), the outcome
 * measure catalogue with its administrations and scores, and session notes with signing. Owns
 * schema {@code assessments}. Publishes {@code MeasureCompleted}, {@code ExerciseRecorded},
 * {@code RequestFollowedUp} and {@code NoteSigned}.
 *
 * <p>Its features arrive with the Imago records and outcome measures issues; until then it owns
 * only its empty schema.
 */
@ApplicationModule(displayName = "Assessments", allowedDependencies = "shared")
@NullMarked
package org.imagoclinic.assessments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
