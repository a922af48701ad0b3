package org.imagoclinic.shared.internal;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Examples of the main requests in the API description, one file per operation in
 * {@code src/main/resources/api/examples/<operationId>.json} ({@code summary} and {@code value}),
 * so that the JSON stays readable and the controllers stay short. Redocly checks each example
 * against its schema; {@code ApiExamplesTests} sends them to the running application.
 */
@Configuration(proxyBeanMethods = false)
class ApiRequestExamples {

    private static final String LOCATION = "classpath:api/examples/*.json";

    @Bean
    GlobalOpenApiCustomizer requestExamples() {
        Map<String, Example> examples = load();
        return api -> api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            Example example = examples.get(operation.getOperationId());
            if (example != null && operation.getRequestBody() != null) {
                MediaType json = operation.getRequestBody().getContent().get("application/json");
                if (json != null) {
                    json.addExamples(operation.getOperationId(), example);
                }
            }
        }));
    }

    private static Map<String, Example> load() {
        Map<String, Example> examples = new HashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String operationId = Objects.requireNonNull(file.getFilename()).replace(".json", "");
                try (InputStream in = file.getInputStream()) {
                    Map<?, ?> read = Json.mapper().readValue(in, Map.class);
                    examples.put(operationId, new Example().summary((String) read.get("summary")).value(read.get("value")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The API's request examples could not be read", e);
        }
        return examples;
    }
}
