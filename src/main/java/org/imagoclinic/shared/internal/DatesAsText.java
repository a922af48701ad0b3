package org.imagoclinic.shared.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalTimeDeserializer;
import tools.jackson.databind.ext.javatime.deser.YearMonthDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A date, a time or a month in a request body is ISO text ({@code "2026-03-14"}), never Jackson's
 * array form ({@code [2026, 3, 14]}), which a client would send only by mistake (issue 29). Reading
 * is otherwise Jackson's own, with the application's strict settings ({@link StrictJson}).
 */
final class DatesAsText extends DelegatingDeserializer {

    private final Class<?> type;

    private DatesAsText(Class<?> type, ValueDeserializer<?> iso) {
        super(iso);
        this.type = type;
    }

    /** The module that puts this check before each of the four readers. */
    static SimpleModule module() {
        return new SimpleModule("dates-as-text")
                .addDeserializer(LocalDate.class, cast(new DatesAsText(LocalDate.class, LocalDateDeserializer.INSTANCE)))
                .addDeserializer(LocalDateTime.class,
                        cast(new DatesAsText(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE)))
                .addDeserializer(LocalTime.class, cast(new DatesAsText(LocalTime.class, LocalTimeDeserializer.INSTANCE)))
                .addDeserializer(YearMonth.class, cast(new DatesAsText(YearMonth.class, YearMonthDeserializer.INSTANCE)));
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new DatesAsText(type, newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.handleUnexpectedToken(type, parser);
        }
        return super.deserialize(parser, context);
    }

    @Override
    public Class<?> handledType() {
        return type;
    }

    @SuppressWarnings("unchecked")
    private static <T> ValueDeserializer<T> cast(ValueDeserializer<?> deserializer) {
        return (ValueDeserializer<T>) deserializer;
    }
}
