package org.bearing.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.bearing.plan.Task;
import org.bearing.schedule.ScheduledTask;

/**
 * Writes a project's milestones and deadlines as an iCalendar file (RFC 5545) that calendar applications subscribe to:
 * one all-day event per milestone (on its scheduled date), per task deadline and for the project's hard deadline.
 * UIDs are stable across exports (task id and project code), so a re-import updates events instead of duplicating
 * them. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text is escaped.
 */
final class IcsPlanWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private IcsPlanWriter() {
    }

    static void write(ExportedPlan plan, OutputStream out, Clock clock) throws IOException {
        StringBuilder ics = new StringBuilder();
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(STAMP);
        String domain = plan.project().code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-") + ".bearing";
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Bearing//Project milestones//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(plan.project().name() + " milestones"));
        Map<Long, ScheduledTask> scheduled = plan.scheduled();
        for (Task t : plan.tasks()) {
            if (t.milestone()) {
                ScheduledTask s = scheduled.get(t.id());
                LocalDateTime when = s != null && s.finish() != null ? s.finish() : t.plannedFinish();
                if (when != null) {
                    event(ics, "milestone-" + t.id() + "@" + domain, stamp, when.toLocalDate(), "Milestone: " + t.name(),
                            description(plan, t), "MILESTONE");
                }
            }
            if (t.deadline() != null) {
                event(ics, "deadline-" + t.id() + "@" + domain, stamp, t.deadline().toLocalDate(), "Deadline: " + t.name(),
                        description(plan, t), "DEADLINE");
            }
        }
        if (plan.project().hardDeadline() != null) {
            event(ics, "project-deadline@" + domain, stamp, plan.project().hardDeadline(), "Hard deadline: " + plan.project().name(),
                    "The date the business cannot move.", "DEADLINE");
        }
        line(ics, "END:VCALENDAR");
        out.write(ics.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String description(ExportedPlan plan, Task t) {
        String wbs = t.wbsCode() == null ? "" : " (WBS " + t.wbsCode() + ")";
        return plan.project().name() + wbs + (t.notes() == null ? "" : "\n" + t.notes());
    }

    private static void event(StringBuilder ics, String uid, String stamp, LocalDate day, String summary, String description,
                              String category) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + day.format(DAY));
        line(ics, "DTEND;VALUE=DATE:" + day.plusDays(1).format(DAY));
        line(ics, "SUMMARY:" + escape(summary));
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "CATEGORIES:" + category);
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "END:VEVENT");
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, line breaks become \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space, never inside a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
