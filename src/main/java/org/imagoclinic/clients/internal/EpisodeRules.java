package org.imagoclinic.clients.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;

/**
 * The episode-of-care state machine: intake → active ⇄ paused, and any open state → closed. An
 * illegal step is refused with what to do instead, in plain words.
 */
final class EpisodeRules {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** What someone asks to do with an episode. */
    enum Step {
        START("start"),
        PAUSE("pause"),
        RESUME("resume"),
        CLOSE("close");

        private final String verb;

        Step(String verb) {
            this.verb = verb;
        }
    }

    private EpisodeRules() {
    }

    /**
     * The status after the step.
     *
     * @throws ConflictException when the step is not allowed from {@code from}
     */
    static EpisodeStatus next(EpisodeStatus from, Step step) {
        return switch (step) {
            case START -> from == EpisodeStatus.INTAKE ? EpisodeStatus.ACTIVE : refuse(from, step);
            case PAUSE -> from == EpisodeStatus.ACTIVE ? EpisodeStatus.PAUSED : refuse(from, step);
            case RESUME -> from == EpisodeStatus.PAUSED ? EpisodeStatus.ACTIVE : refuse(from, step);
            case CLOSE -> from.open() ? EpisodeStatus.CLOSED : refuse(from, step);
        };
    }

    /** A step's day must lie between the episode's opening and today. */
    static void checkDay(String field, LocalDate day, LocalDate openedOn, LocalDate today) {
        if (day.isAfter(today)) {
            throw new InvalidInputException(field, "The day can't be in the future.");
        }
        if (day.isBefore(openedOn)) {
            throw new InvalidInputException(field,
                    "The day can't be before the episode opened (" + DAY.format(openedOn) + ").");
        }
    }

    private static EpisodeStatus refuse(EpisodeStatus from, Step step) {
        String instead = switch (from) {
            case INTAKE -> step == Step.RESUME
                    ? "it is still in intake and has not started: start it instead."
                    : "it is still in intake: start it first.";
            case ACTIVE -> step == Step.START ? "it has already started." : "it is active, not paused.";
            case PAUSED -> step == Step.START ? "it is paused: resume it instead." : "it is already paused.";
            case CLOSED -> "it is closed. To see the couple again, open a new episode of care.";
        };
        throw new ConflictException("You can't " + step.verb + " this episode: " + instead);
    }
}
