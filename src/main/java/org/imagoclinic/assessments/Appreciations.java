package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;

/** The appreciation exercise: partners take turns stating specific appreciations. */
public record Appreciations(List<Appreciation> appreciations) implements ImagoContent {

    public Appreciations {
        appreciations = appreciations == null ? List.of() : List.copyOf(appreciations);
    }

    /** One appreciation, by the partner (person id) who stated it. */
    public record Appreciation(UUID fromPartnerId, String text) {
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.APPRECIATIONS;
    }

    @Override
    public String summary() {
        return "Appreciations: " + appreciations.size();
    }
}
