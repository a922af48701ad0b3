package org.imagoclinic.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.TimeOff;
import org.junit.jupiter.api.Test;

/** A session lies inside one block of the therapist's week and outside their time off. */
class WorkingHoursRuleTests {

    static final List<HoursBlock> WEEK = List.of(
            new HoursBlock(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
            new HoursBlock(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 0)));
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 0, 0);

    @Test
    void insideABlockEdgesIncludedIsFine() {
        assertThat(WorkingHoursRule.problem("Dr Lee", WEEK, List.of(), MONDAY.withHour(9), MONDAY.withHour(10).withMinute(30),
                false)).isEmpty();
        assertThat(WorkingHoursRule.problem("Dr Lee", WEEK, List.of(), MONDAY.withHour(15).withMinute(30),
                MONDAY.withHour(17), false)).isEmpty();
    }

    @Test
    void acrossTheLunchBreakOrOnADayOffIsNot() {
        assertThat(WorkingHoursRule.problem("Dr Lee", WEEK, List.of(), MONDAY.withHour(12), MONDAY.withHour(13).withMinute(30),
                false)).hasValue("Dr Lee works 09:00–13:00, 14:00–17:00 on Mondays: 12:00–13:30 is outside those hours.");
        assertThat(WorkingHoursRule.problem("Dr Lee", WEEK, List.of(), MONDAY.plusDays(1).withHour(10),
                MONDAY.plusDays(1).withHour(11), true)).hasValue("Dr Lee doesn't work on Tuesdays (Tue 3 Mar).");
    }

    @Test
    void timeOffWinsOverWorkingHours() {
        TimeOff conference = new TimeOff(UUID.randomUUID(), UUID.randomUUID(), MONDAY.withHour(12), MONDAY.plusDays(2),
                "Conference");

        assertThat(WorkingHoursRule.problem("Dr Lee", WEEK, List.of(conference), MONDAY.withHour(14),
                MONDAY.withHour(15), false)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("Dr Lee is away then: Conference"));
        assertThat(WorkingHoursRule.problem("Dr Lee", WEEK, List.of(conference), MONDAY.withHour(10),
                MONDAY.withHour(12), false)).isEmpty();
    }
}
