package org.imagoclinic.assessments;

import java.util.List;

/**
 * Positive traits (re-imaging): the partner the record belongs to lists the other's positive traits.
 */
public record PositiveTraits(List<String> traits) implements ImagoContent {

    public PositiveTraits {
        traits = traits == null ? List.of() : List.copyOf(traits);
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.POSITIVE_TRAITS;
    }

    @Override
    public String summary() {
        return "Positive traits: " + String.join(", ", traits);
    }
}
