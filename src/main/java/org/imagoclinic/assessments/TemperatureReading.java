package org.imagoclinic.assessments;

import org.jspecify.annotations.Nullable;

/**
 * A daily temperature reading (Satir), the couple's home practice, logged per day in its five parts.
 * A part may be left empty on a given day, but not all five.
 *
 * @param complaints complaints, each with a recommendation
 * @param wishes wishes, hopes and dreams
 */
public record TemperatureReading(@Nullable String appreciations, @Nullable String newInformation,
                                 @Nullable String puzzles, @Nullable String complaints, @Nullable String wishes)
        implements ImagoContent {

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.TEMPERATURE_READING;
    }

    @Override
    public String summary() {
        return "Daily temperature reading";
    }
}
