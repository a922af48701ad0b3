package org.imagoclinic.support;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A JSON body of the right shape for a request type, read from its record components: every field
 * present with a plausible value, or with whatever a {@code twist} puts in its place. The access
 * matrix sends plausible bodies so that only access decides the answer; the hostile-input tests
 * twist one field at a time.
 */
public final class JsonShapes {

    private JsonShapes() {
    }

    /** Every field with a plausible value. */
    public static String plausible(Type type) {
        return build(type, "", (path, plausible) -> plausible);
    }

    /**
     * The body with each field's JSON given by {@code twist(path, plausibleJson)}, path like
     * {@code partnerA.details.firstName}; returning the plausible JSON keeps the field as it is.
     */
    public static String build(Type type, String path, BiFunction<String, String, String> twist) {
        return twist.apply(path, plausibleJson(type, path, twist));
    }

    /** The dotted paths of every leaf field (strings, numbers, dates, ids…) of the type. */
    public static List<String> leaves(Type type) {
        List<String> leaves = new ArrayList<>();
        build(type, "", (path, json) -> {
            if (!json.startsWith("{") && !json.startsWith("[") && !path.isEmpty()) {
                leaves.add(path);
            }
            return json;
        });
        return leaves;
    }

    private static String plausibleJson(Type type, String path, BiFunction<String, String, String> twist) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "\"plausible\"";
        }
        if (raw == UUID.class) {
            return "\"" + UUID.randomUUID() + "\"";
        }
        if (raw == LocalDate.class) {
            return "\"" + LocalDate.now(TestClinicClock.clinic()).plusDays(14) + "\"";
        }
        if (raw == LocalDateTime.class) {
            return "\"" + LocalDate.now(TestClinicClock.clinic()).plusDays(14).atTime(10, 0) + "\"";
        }
        if (raw == LocalTime.class) {
            return "\"10:00\"";
        }
        if (raw == OffsetDateTime.class) {
            return "\"" + OffsetDateTime.now(TestClinicClock.clinic()).plusDays(14).withNano(0) + "\"";
        }
        if (raw == YearMonth.class) {
            return "\"2015-06\"";
        }
        if (raw == java.time.Duration.class) {
            return "\"PT50M\"";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "false";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return "1";
        }
        if (raw.isEnum()) {
            return "\"" + ((Enum<?>) raw.getEnumConstants()[0]).name() + "\"";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
                    : String.class;
            return "[" + build(element, path + "[]", twist) + "]";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "{}";
        }
        if (raw.isRecord()) {
            StringBuilder json = new StringBuilder("{");
            for (RecordComponent component : raw.getRecordComponents()) {
                if (json.length() > 1) {
                    json.append(", ");
                }
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                json.append('"').append(component.getName()).append("\": ")
                        .append(build(component.getGenericType(), child, twist));
            }
            return json.append('}').toString();
        }
        return "{}";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}
