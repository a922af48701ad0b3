package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.internal.EpisodeRules.Step;
import org.imagoclinic.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The episode-of-care state machine, every step from every state. */
class EpisodeRulesTests {

    @ParameterizedTest(name = "{1} from {0} leads to {2}")
    @CsvSource({
            "INTAKE, START, ACTIVE",
            "ACTIVE, PAUSE, PAUSED",
            "PAUSED, RESUME, ACTIVE",
            "INTAKE, CLOSE, CLOSED",
            "ACTIVE, CLOSE, CLOSED",
            "PAUSED, CLOSE, CLOSED"})
    void legalSteps(EpisodeStatus from, Step step, EpisodeStatus to) {
        assertThat(EpisodeRules.next(from, step)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{1} from {0} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "INTAKE | PAUSE  | You can't pause this episode: it is still in intake: start it first.",
            "INTAKE | RESUME | You can't resume this episode: it is still in intake and has not started: start it instead.",
            "ACTIVE | START  | You can't start this episode: it has already started.",
            "ACTIVE | RESUME | You can't resume this episode: it is active, not paused.",
            "PAUSED | START  | You can't start this episode: it is paused: resume it instead.",
            "PAUSED | PAUSE  | You can't pause this episode: it is already paused.",
            "CLOSED | START  | You can't start this episode: it is closed. To see the couple again, open a new episode of care.",
            "CLOSED | PAUSE  | You can't pause this episode: it is closed. To see the couple again, open a new episode of care.",
            "CLOSED | RESUME | You can't resume this episode: it is closed. To see the couple again, open a new episode of care.",
            "CLOSED | CLOSE  | You can't close this episode: it is closed. To see the couple again, open a new episode of care."})
    void illegalStepsAreRefusedWithWhatToDoInstead(EpisodeStatus from, Step step, String message) {
        assertThatThrownBy(() -> EpisodeRules.next(from, step))
                .isInstanceOf(ConflictException.class)
                .hasMessage(message);
    }

    @Test
    void onlyAClosedEpisodeIsNotOpen() {
        assertThat(EpisodeStatus.values()).filteredOn(EpisodeStatus::open)
                .containsExactly(EpisodeStatus.INTAKE, EpisodeStatus.ACTIVE, EpisodeStatus.PAUSED);
    }
}
