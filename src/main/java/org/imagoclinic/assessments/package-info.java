/**
 * The clinical record of Imago work: Imago profiles, exercise records (dialogues, behaviour change
 * requests, caring behaviours, vision, exits, appreciations, temperature readings), the outcome
 * measure catalogue with its administrations and scores, and session notes with signing. Owns
 * schema {@code assessments}. Publishes {@code MeasureCompleted}, {@code ExerciseRecorded},
 * {@code RequestFollowedUp}, {@code NoteSigned}, {@code NoteCoSigned}, {@code NoteReturned} and
 * {@code NoteResubmitted}; listens to
 * scheduling's {@code SessionCompleted} (a note becomes due) and clients' {@code EpisodeOpened}
 * (a baseline measure becomes due).
 *
 * <p>The outcome-measure catalogue is data, not code per instrument: each instrument's items, printed
 * options, scoring key, range, direction, cut-off, norms and licence live in tables, seeded with
 * the CSI-16 and CSI-4 by migration. Scoring and reliable change are computed by the server, with
 * published norms or else norms from the clinic's own baselines, kept current as baselines are
 * stored (ADR 0032).
 *
 * <p>Depends on shared (input errors), security (the care-team rule and roles: every clinical read
 * and write is checked and audited) and audit (writes such as a change of norms are recorded); on clients (couples, partners, episodes, the
 * couple page's tabs), scheduling (sessions) and staff (names, supervision); and on the shell's
 * components and home panels.
 */
@ApplicationModule(displayName = "Assessments", allowedDependencies = {"shared", "shared :: components",
        "shared :: home", "security", "audit", "clients", "clients :: couple-tabs", "scheduling", "staff"})
@NullMarked
package org.imagoclinic.assessments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
