package org.bearing.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.CalendarException;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.WorkingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code work_calendar} with its week days and exceptions. */
@Repository
public class CalendarStore {
    private final JdbcClient jdbc;

    public CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProjectCalendar> all() {
        return complete(jdbc.sql("select * from work_calendar order by id").query((rs, i) -> row(rs)).list());
    }

    /** The calendars a project can use: the enterprise base calendars and its own. */
    public List<ProjectCalendar> visibleTo(long projectId) {
        return complete(jdbc.sql("select * from work_calendar where project_id is null or project_id = ? order by id")
                .param(projectId).query((rs, i) -> row(rs)).list());
    }

    public Optional<ProjectCalendar> byId(long id) {
        return jdbc.sql("select * from work_calendar where id = ?").param(id).query((rs, i) -> row(rs)).optional()
                .map(c -> complete(List.of(c)).get(0));
    }

    public Optional<ProjectCalendar> baseNamed(String name) {
        return jdbc.sql("select * from work_calendar where project_id is null and name = ?").param(name)
                .query((rs, i) -> row(rs)).optional().map(c -> complete(List.of(c)).get(0));
    }

    public long insert(ProjectCalendar c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into work_calendar (project_id, name, base_calendar_id, minutes_per_day, minutes_per_week, days_per_month)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(c.projectId(), c.name(), c.baseCalendarId(), c.minutesPerDay(), c.minutesPerWeek(), c.daysPerMonth())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeParts(id, c);
        return id;
    }

    public void update(long id, long version, ProjectCalendar c) {
        VersionedUpdate.requireOne(jdbc.sql("""
                        update work_calendar set project_id = ?, name = ?, base_calendar_id = ?, minutes_per_day = ?,
                            minutes_per_week = ?, days_per_month = ?, version = version + 1 where id = ? and version = ?""")
                .params(c.projectId(), c.name(), c.baseCalendarId(), c.minutesPerDay(), c.minutesPerWeek(), c.daysPerMonth(), id, version)
                .update(), "Calendar", id);
        jdbc.sql("delete from work_calendar_day where calendar_id = ?").param(id).update();
        jdbc.sql("delete from work_calendar_exception where calendar_id = ?").param(id).update();
        writeParts(id, c);
    }

    public int delete(long id) {
        return jdbc.sql("delete from work_calendar where id = ?").param(id).update();
    }

    /** Where a calendar is in use, as a phrase for an error message, or null when it is free to delete. */
    public String usage(long id) {
        String[][] uses = {
                {"select count(*) from work_calendar where base_calendar_id = ?", "calendars that inherit from it"},
                {"select count(*) from project where calendar_id = ?", "projects"},
                {"select count(*) from task where calendar_id = ?", "tasks"},
                {"select count(*) from resource where calendar_id = ?", "resources"}};
        for (String[] use : uses) {
            long n = jdbc.sql(use[0]).param(id).query(Long.class).single();
            if (n > 0) {
                return n + " " + use[1];
            }
        }
        return null;
    }

    private void writeParts(long id, ProjectCalendar c) {
        for (CalendarDay d : c.week()) {
            jdbc.sql("insert into work_calendar_day (calendar_id, day_of_week, mode, periods) values (?, ?, ?, ?)")
                    .params(id, d.dayOfWeek().getValue(), d.mode().name(), WorkingPeriod.format(d.periods())).update();
        }
        for (CalendarException e : c.exceptions()) {
            jdbc.sql("insert into work_calendar_exception (calendar_id, name, from_date, to_date, periods) values (?, ?, ?, ?, ?)")
                    .params(id, e.name(), e.from(), e.to(), WorkingPeriod.format(e.periods())).update();
        }
    }

    private List<ProjectCalendar> complete(List<ProjectCalendar> calendars) {
        if (calendars.isEmpty()) {
            return calendars;
        }
        Map<Long, List<CalendarDay>> days = new HashMap<>();
        Map<Long, List<CalendarException>> exceptions = new HashMap<>();
        String ids = String.join(",", calendars.stream().map(c -> Long.toString(c.id())).toList());
        jdbc.sql("select * from work_calendar_day where calendar_id in (" + ids + ") order by calendar_id, day_of_week").query(rs -> {
            days.computeIfAbsent(rs.getLong("calendar_id"), k -> new ArrayList<>()).add(new CalendarDay(
                    DayOfWeek.of(rs.getInt("day_of_week")), CalendarDay.Mode.valueOf(rs.getString("mode")),
                    WorkingPeriod.parseList(rs.getString("periods"))));
        });
        jdbc.sql("select * from work_calendar_exception where calendar_id in (" + ids + ") order by calendar_id, from_date").query(rs -> {
            exceptions.computeIfAbsent(rs.getLong("calendar_id"), k -> new ArrayList<>()).add(new CalendarException(
                    rs.getString("name"), Rows.date(rs, "from_date"), Rows.date(rs, "to_date"),
                    WorkingPeriod.parseList(rs.getString("periods"))));
        });
        List<ProjectCalendar> out = new ArrayList<>();
        for (ProjectCalendar c : calendars) {
            out.add(new ProjectCalendar(c.id(), c.version(), c.projectId(), c.name(), c.baseCalendarId(), c.minutesPerDay(),
                    c.minutesPerWeek(), c.daysPerMonth(), days.getOrDefault(c.id(), List.of()), exceptions.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    private static ProjectCalendar row(ResultSet rs) throws SQLException {
        return new ProjectCalendar(rs.getLong("id"), rs.getLong("version"), Rows.longOrNull(rs, "project_id"), rs.getString("name"),
                Rows.longOrNull(rs, "base_calendar_id"), rs.getInt("minutes_per_day"), rs.getInt("minutes_per_week"),
                rs.getInt("days_per_month"), List.of(), List.of());
    }
}
