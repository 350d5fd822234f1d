package org.bearing.interop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small MS Project XML (MSPDI) file written in the test, as a contractor's tool would save it: tasks in outline
 * order (level 1 = top level; a task followed by deeper ones is their summary), FS/SS/FF/SF links with lags in days,
 * work resources and assignments, on a Monday-to-Friday 08:00-12:00, 13:00-17:00 calendar.
 */
final class Mspdi {
    private final String name;
    private final List<String> tasks = new ArrayList<>();
    private final List<int[]> levels = new ArrayList<>();
    private final List<List<String>> links = new ArrayList<>();
    private final List<String> resources = new ArrayList<>();
    private final List<String> assignments = new ArrayList<>();

    private Mspdi(String name) {
        this.name = name;
    }

    static Mspdi project(String name) {
        return new Mspdi(name);
    }

    /** A task of {@code days} working days (0 = milestone) at outline {@code level}. */
    Mspdi task(int uid, int level, String taskName, double days) {
        return task(uid, level, taskName, days, 0);
    }

    Mspdi task(int uid, int level, String taskName, double days, int percentComplete) {
        long minutes = Math.round(days * 480);
        tasks.add("<Task><UID>" + uid + "</UID><ID>" + (tasks.size() + 1) + "</ID><Name>" + taskName + "</Name><OutlineLevel>" + level
                + "</OutlineLevel><Duration>PT" + minutes / 60 + "H" + minutes % 60 + "M0S</Duration><DurationFormat>7</DurationFormat>"
                + (minutes == 0 ? "<Milestone>1</Milestone>" : "") + "<PercentComplete>" + percentComplete + "</PercentComplete>"
                + (percentComplete > 0 ? "<ActualStart>2026-01-05T08:00:00</ActualStart>" : "") + "@LINKS" + uid + "@</Task>");
        levels.add(new int[] {uid, level});
        links.add(new ArrayList<>());
        return this;
    }

    /** A link; {@code type} FS, SS, FF or SF, lag in working days. */
    Mspdi link(int predecessor, int successor, String type, double lagDays) {
        int code = switch (type) {
            case "FF" -> 0;
            case "FS" -> 1;
            case "SF" -> 2;
            default -> 3;
        };
        int index = -1;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i)[0] == successor) {
                index = i;
            }
        }
        links.get(index).add("<PredecessorLink><PredecessorUID>" + predecessor + "</PredecessorUID><Type>" + code
                + "</Type><LinkLag>" + Math.round(lagDays * 4800) + "</LinkLag><LagFormat>7</LagFormat></PredecessorLink>");
        return this;
    }

    Mspdi resource(int uid, String resourceName, double standardRate) {
        resources.add("<Resource><UID>" + uid + "</UID><ID>" + uid + "</ID><Name>" + resourceName + "</Name><Type>1</Type>"
                + "<MaxUnits>1</MaxUnits><StandardRate>" + standardRate + "</StandardRate><StandardRateFormat>2</StandardRateFormat></Resource>");
        return this;
    }

    Mspdi assign(int uid, int taskUid, int resourceUid, double units) {
        assignments.add("<Assignment><UID>" + uid + "</UID><TaskUID>" + taskUid + "</TaskUID><ResourceUID>" + resourceUid
                + "</ResourceUID><Units>" + units + "</Units></Assignment>");
        return this;
    }

    byte[] bytes() {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Project xmlns="http://schemas.microsoft.com/project">
                <SaveVersion>14</SaveVersion><Name>""").append(name).append("""
                </Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2026-01-05T08:00:00</StartDate>
                <MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek><DaysPerMonth>20</DaysPerMonth>
                <DefaultStartTime>08:00:00</DefaultStartTime><DefaultFinishTime>17:00:00</DefaultFinishTime><CalendarUID>1</CalendarUID>
                <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
                <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
                """);
        for (int day = 2; day <= 6; day++) {
            b.append("<WeekDay><DayType>").append(day).append("</DayType><DayWorking>1</DayWorking><WorkingTimes>")
                    .append("<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>")
                    .append("<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>\n");
        }
        b.append("<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>\n<Tasks>\n");
        for (int i = 0; i < tasks.size(); i++) {
            boolean summary = i + 1 < levels.size() && levels.get(i + 1)[1] > levels.get(i)[1];
            String t = tasks.get(i).replace("@LINKS" + levels.get(i)[0] + "@", String.join("", links.get(i)));
            if (summary) {
                t = t.replace("</OutlineLevel>", "</OutlineLevel><Summary>1</Summary>");
            }
            b.append(t).append('\n');
        }
        b.append("</Tasks>\n<Resources>").append(String.join("\n", resources)).append("</Resources>\n<Assignments>")
                .append(String.join("\n", assignments)).append("</Assignments>\n</Project>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
