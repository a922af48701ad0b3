package org.imagoclinic.shared.internal;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body with a key the endpoint does not know ({@code "at": "25:00"} on a cancellation,
 * which has no such field) is a 400 naming the key, not a request that succeeds while ignoring
 * what the client meant; a date is ISO text, not Jackson's array form ({@link DatesAsText}). Only for request bodies: the same {@link JsonMapper} reads stored event
 * publications and Imago records, which must stay readable after a field is retired. Runs after
 * Spring Boot's own customizer ({@code @Order(0)}), whose JSON converter it replaces.
 */
@Component
@Order(1)
class StrictRequestBodies implements ServerHttpMessageConvertersCustomizer {

    private final JsonMapper json;

    StrictRequestBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).addModule(DatesAsText.module()).build()));
    }
}
