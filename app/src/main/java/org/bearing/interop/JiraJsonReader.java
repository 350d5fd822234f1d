package org.bearing.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON of Jira's REST search ({@code /rest/api/2|3/search?expand=names}): {@code {"issues": [{"key", "id",
 * "fields": {...}}], "names": {"customfield_10016": "Story point estimate", ...}}}. Custom fields are found by their
 * display name in {@code names} ("Story Points", "Story point estimate", "Sprint", "Epic Link"), else at Jira Cloud's
 * usual ids (customfield_10016 story point estimate, customfield_10020 sprint, customfield_10014 epic link). Sprints
 * are objects with name, state and dates (Cloud) or Jira Server's "com.atlassian.greenhopper...Sprint@..[name=..]" text.
 */
final class JiraJsonReader {
    private static final Pattern SERVER_SPRINT = Pattern.compile("\\[(.*)]");

    private JiraJsonReader() {
    }

    static TrackerExport read(String text, String label) throws ScheduleFileException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            throw new ScheduleFileException(label + ": malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
        if (root == null || !root.isObject() || !root.path("issues").isArray()) {
            throw new ScheduleFileException(label + ": JSON that is not a Jira search result: it has no \"issues\" array");
        }
        Map<String, String> fieldByName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("names").properties()) {
            fieldByName.putIfAbsent(text(e.getValue()) == null ? "" : text(e.getValue()).toLowerCase(Locale.ROOT), e.getKey());
        }
        String pointsField = field(fieldByName, "customfield_10016", "story points", "story point estimate");
        String sprintField = field(fieldByName, "customfield_10020", "sprint");
        String epicField = field(fieldByName, "customfield_10014", "epic link");
        List<String> warnings = new ArrayList<>();
        if (root.path("names").isEmpty()) {
            warnings.add("The export has no \"names\" map (expand=names): story points, sprints and epic links were read from"
                    + " Jira Cloud's usual custom fields " + pointsField + ", " + sprintField + " and " + epicField);
        }
        Map<String, TrackerSprint> sprints = new LinkedHashMap<>();
        List<TrackerIssue> issues = new ArrayList<>();
        int n = 0;
        for (JsonNode issue : root.path("issues")) {
            n++;
            String key = text(issue.path("key"));
            if (key == null) {
                throw new ScheduleFileException(label + ": issue number " + n + " of the \"issues\" array has no \"key\"");
            }
            JsonNode f = issue.path("fields");
            String type = text(f.path("issuetype").path("name"));
            String status = text(f.path("status").path("name"));
            List<String> sprintNames = new ArrayList<>();
            for (JsonNode s : f.path(sprintField).isArray() ? f.path(sprintField) : List.<JsonNode>of()) {
                TrackerSprint sprint = sprint(s);
                if (sprint != null) {
                    sprints.putIfAbsent(sprint.name(), sprint);
                    sprintNames.add(sprint.name());
                }
            }
            List<String> blocks = new ArrayList<>();
            List<String> blockedBy = new ArrayList<>();
            for (JsonNode link : f.path("issuelinks")) {
                JsonNode t = link.path("type");
                boolean isBlocks = "blocks".equalsIgnoreCase(text(t.path("name"))) || "blocks".equalsIgnoreCase(text(t.path("outward")));
                if (!isBlocks) {
                    continue;
                }
                if (text(link.path("outwardIssue").path("key")) != null) {
                    blocks.add(text(link.path("outwardIssue").path("key")));
                }
                if (text(link.path("inwardIssue").path("key")) != null) {
                    blockedBy.add(text(link.path("inwardIssue").path("key")));
                }
            }
            Double seconds = number(f.path("timeoriginalestimate"), key, "timeoriginalestimate", label);
            if (seconds == null) {
                seconds = number(f.path("timetracking").path("originalEstimateSeconds"), key, "originalEstimateSeconds", label);
            }
            JsonNode epicValue = f.path(epicField);
            issues.add(new TrackerIssue(key, text(issue.path("id")), type, "epic".equalsIgnoreCase(type),
                    f.path("issuetype").path("subtask").asBoolean(false), text(f.path("summary")), status,
                    TrackerFields.jiraCategory(text(f.path("status").path("statusCategory").path("key")), status),
                    text(f.path("parent").path("key")), epicValue.isObject() ? text(epicValue.path("key")) : text(epicValue),
                    number(f.path(pointsField), key, pointsField + " (story points)", label),
                    seconds == null ? null : Math.round(seconds / 60), sprintNames, text(f.path("assignee").path("displayName")),
                    TrackerFields.date(text(f.path("created"))), TrackerFields.date(text(f.path("updated"))),
                    TrackerFields.date(text(f.path("resolutiondate"))), blocks, blockedBy));
        }
        int total = root.path("total").asInt(issues.size());
        if (total > issues.size()) {
            warnings.add("The export holds " + issues.size() + " of the search's " + total + " issues (one page);"
                    + " fetch every page (startAt) to import them all");
        }
        return new TrackerExport("Jira", "Jira JSON", issues, sprints, warnings);
    }

    /** The custom field with one of the display names, else Jira Cloud's usual id for it. */
    private static String field(Map<String, String> fieldByName, String usual, String... names) {
        for (String name : names) {
            if (fieldByName.containsKey(name)) {
                return fieldByName.get(name);
            }
        }
        return usual;
    }

    private static TrackerSprint sprint(JsonNode s) {
        if (s.isObject()) {
            String name = text(s.path("name"));
            return name == null ? null : new TrackerSprint(name, lower(text(s.path("state"))),
                    TrackerFields.date(text(s.path("startDate"))), TrackerFields.date(text(s.path("endDate"))));
        }
        String t = text(s);
        if (t == null) {
            return null;
        }
        Matcher m = SERVER_SPRINT.matcher(t);
        if (!m.find()) {
            return new TrackerSprint(t, null, null, null);
        }
        // Jira Server: "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=3,rapidViewId=1,state=CLOSED,name=Sprint 1,...]"
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : m.group(1).split(",(?=\\w+=)")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        String name = values.get("name");
        return name == null ? null : new TrackerSprint(name, lower(values.get("state")),
                TrackerFields.date(nullIfMarker(values.get("startDate"))), TrackerFields.date(nullIfMarker(values.get("endDate"))));
    }

    private static String nullIfMarker(String v) {
        return v == null || v.equals("<null>") ? null : v;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode n) {
        return n != null && (n.isString() || n.isNumber()) ? TrackerFields.blankToNull(n.asString()) : null;
    }

    private static Double number(JsonNode n, String key, String field, String label) throws ScheduleFileException {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        return n.isNumber() ? TrackerFields.number(Double.toString(n.asDouble()), key, field, label)
                : TrackerFields.number(text(n), key, field, label);
    }
}
