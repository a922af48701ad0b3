package org.imagoclinic.integrations;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The field names of a message, as sent (JSON) or as declared (its record), to compare the two. */
public final class PayloadFields {

    private PayloadFields() {
    }

    public static Set<String> of(JsonNode message) {
        return Set.copyOf(message.propertyNames());
    }

    public static Set<String> of(Class<? extends Record> message) {
        return Arrays.stream(message.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.toSet());
    }
}
