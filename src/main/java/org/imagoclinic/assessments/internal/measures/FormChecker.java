package org.imagoclinic.assessments.internal.measures;

import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.PlausibleDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a form as entered and scores it: every problem at once, each under its field
 * ({@code instrument}, {@code partnerId}, {@code administeredOn}, {@code answers}, {@code answers[3]}).
 */
@Component
class FormChecker {

    private final MeasureCatalogue catalogue;
    private final Clock clock;

    FormChecker(MeasureCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    ScoredForm check(Couple couple, AdministrationRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instrument instrument = instrument(request.instrument(), problems);
        UUID partnerId = request.partnerId();
        if (partnerId == null) {
            problems.put("partnerId", "Say which partner answered.");
        } else if (!isPartner(couple, partnerId)) {
            problems.put("partnerId", "This person is not one of the couple's two partners.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.administeredOn() == null ? today : request.administeredOn();
        if (on.isAfter(today)) {
            problems.put("administeredOn", "The day the partner answered can't be in the future.");
        }
        PlausibleDates.check(problems, "administeredOn", on, When.HAPPENED, today);
        int score = 0;
        if (request.answers() == null) {
            problems.put("answers", "Give one answer per item" + (instrument == null ? "."
                    : " (" + instrument.items().size() + " for " + instrument.code() + ")."));
        } else if (instrument != null) {
            score = scoreInto(instrument, request.answers(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Integer> answers = List.copyOf(request.answers());
        return new ScoredForm(couple.id(), partnerId, couple.openEpisode().map(Episode::id).orElse(null), instrument,
                on, answers, score);
    }

    /** Scores a kiosk form, whose couple, partner and instrument the link fixed. */
    static int score(Instrument instrument, @Nullable List<@Nullable Integer> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        int score = answers == null ? 0 : scoreInto(instrument, answers, problems);
        if (answers == null) {
            problems.put("answers", "Please answer every item.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return score;
    }

    private static int scoreInto(Instrument instrument, List<@Nullable Integer> answers, Map<String, String> problems) {
        try {
            return instrument.score(answers);
        } catch (InvalidInputException invalid) {
            problems.putAll(invalid.fieldErrors());
            return 0;
        }
    }

    private @Nullable Instrument instrument(@Nullable String code, Map<String, String> problems) {
        if (code == null || code.isBlank()) {
            problems.put("instrument", "Choose the instrument, e.g. CSI-16.");
            return null;
        }
        Instrument instrument = catalogue.find(code.trim()).orElse(null);
        if (instrument == null) {
            problems.put("instrument", "There is no instrument " + code.trim() + "; the clinic uses "
                    + catalogue.instruments().stream().map(Instrument::code).collect(Collectors.joining(", ")) + ".");
        }
        return instrument;
    }

    static boolean isPartner(Couple couple, UUID personId) {
        return couple.partnerA().personId().equals(personId) || couple.partnerB().personId().equals(personId);
    }
}
