package org.imagoclinic.shared.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The application's JSON is read as written, with no guessing (issue 29): a value of another JSON
 * type than the field's is refused instead of converted, so a request means what the client sent.
 * Refused, each a 400 naming the field ({@link InputProblems}):
 * <ul>
 * <li>a choice given by its position ({@code "decision": 1} or {@code "1"}) instead of its name;</li>
 * <li>a date given as a number of days ({@code "openedOn": 20000}) or with a time of day;</li>
 * <li>a key given twice in one object (which of the two would count?);</li>
 * <li>a number or true/false where text is expected, text where a whole number is expected, and a
 * fraction where a whole number is expected ({@code "chosen": 1.5}).</li>
 * </ul>
 * Spring Boot's {@code spring.jackson.*} properties have no key for duplicate detection or
 * coercion, so all of it is said here, in one place, for the one {@link JsonMapper} the API, the
 * event store and the stored Imago records share (they write what they read, so they lose nothing).
 */
@Component
class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, truth -> truth
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
