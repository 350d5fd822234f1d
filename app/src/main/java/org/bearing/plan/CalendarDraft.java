package org.bearing.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client sends to create or replace a calendar. Working periods are written {@code "08:00-12:00,13:00-17:00"};
 * days left out of {@code week} inherit from the base calendar, or are non-working when there is no base.
 */
public record CalendarDraft(Long projectId,
                            @NotBlank @Size(max = 200) String name,
                            Long baseCalendarId,
                            @Min(1) @Max(1440) Integer minutesPerDay,
                            @Min(1) @Max(10080) Integer minutesPerWeek,
                            @Min(1) @Max(31) Integer daysPerMonth,
                            @Size(max = 7) List<@Valid Day> week,
                            @Size(max = 5000) List<@Valid Exception> exceptions) {

    /** A day of the working week. */
    public record Day(@NotNull DayOfWeek day, @NotNull CalendarDay.Mode mode, @Size(max = 400) String periods) {
    }

    /** A holiday (no periods) or changed working time over a date range. */
    public record Exception(@Size(max = 200) String name, @NotNull LocalDate from, LocalDate to, @Size(max = 400) String periods) {
    }
}
