package org.bearing.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of everything the plan and identity modules store: the row count of every table and the sum of
 * versions of every versioned table. Two equal fingerprints mean no row was added, removed or updated.
 */
public final class DatabaseFingerprint {
    private static final List<String> TABLES = List.of("portfolio", "program", "project", "project_statement", "work_calendar",
            "work_calendar_day", "work_calendar_exception", "task", "dependency", "resource", "assignment", "baseline",
            "baseline_task", "app_user", "api_token", "task_leveling", "risk", "risk_action", "risk_score_history", "sprint",
            "backlog_item");
    private static final List<String> VERSIONED = List.of("portfolio", "program", "project", "work_calendar", "task",
            "dependency", "resource", "assignment", "baseline", "risk");

    private DatabaseFingerprint() {
    }

    public static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, Long> print = new LinkedHashMap<>();
        for (String t : TABLES) {
            print.put(t + ".rows", jdbc.sql("select count(*) from " + t).query(Long.class).single());
        }
        for (String t : VERSIONED) {
            print.put(t + ".versions", jdbc.sql("select coalesce(sum(version), 0) from " + t).query(Long.class).single());
        }
        return print;
    }
}
