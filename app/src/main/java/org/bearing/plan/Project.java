package org.bearing.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project: the unit a TPM plans, schedules and reports. Its start date anchors forward scheduling, its status
 * date separates actuals from forecast, and its calendar is the default for tasks that name none.
 *
 * @param budget     the approved budget in {@code currency} (budget at completion before change requests)
 * @param hardDeadline a date the business cannot move (a go-live), or null
 */
public record Project(long id, long version, Long programId, String code, String name, String sponsor, String manager,
                      String scopeStatement, List<String> objectives, List<String> successCriteria,
                      LocalDate startDate, LocalDate statusDate, String currency, Long calendarId,
                      BigDecimal budget, LocalDate hardDeadline) {
    public Project {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria);
    }
}
